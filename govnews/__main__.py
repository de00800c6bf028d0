"""``python -m govnews`` runs the click CLI."""

from govnews.cli import cli

if __name__ == "__main__":
    cli(prog_name="govnews")
