"""The floor: a minimal typer app that parses two arguments and prints them."""

import typer

app = typer.Typer()


@app.command()
def main(a: str, b: str) -> None:
    print(a, b)


if __name__ == "__main__":
    app()
