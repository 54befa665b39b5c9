import json

# The shop's currency settings, as the settings service sends them.
CURRENCIES = """
{
  "EUR": {"symbol": "€", "decimals": 2, "group": ",", "point": "."},
  "USD": {"symbol": "$", "decimals": 2, "group": ",", "point": "."},
  "GBP": {"symbol": "£", "decimals": 2, "group": ",", "point": "."},
  "CHF": {"symbol": "CHF ", "decimals": 2, "group": "'", "point": "."},
  "JPY": {"symbol": "¥", "decimals": 0, "group": ",", "point": "."},
  "SEK": {"symbol": "kr ", "decimals": 2, "group": " ", "point": ","},
  "NOK": {"symbol": "kr ", "decimals": 2, "group": " ", "point": ","},
  "DKK": {"symbol": "kr. ", "decimals": 2, "group": ".", "point": ","},
  "PLN": {"symbol": "zł ", "decimals": 2, "group": " ", "point": ","},
  "CZK": {"symbol": "Kč ", "decimals": 2, "group": " ", "point": ","},
  "INR": {"symbol": "₹", "decimals": 2, "group": ",", "point": "."},
  "BRL": {"symbol": "R$ ", "decimals": 2, "group": ".", "point": ","}
}
"""
CURRENCY = "EUR"


class MoneyFormat:
    """Formats amounts in one currency, following the shop's settings for that currency."""

    def __init__(self, currency):
        rules = json.loads(CURRENCIES)[currency]
        self.symbol = rules["symbol"]
        self.decimals = rules["decimals"]
        self.group = rules["group"]
        self.point = rules["point"]

    def format(self, amount):
        whole, _, frac = f"{amount:,.{self.decimals}f}".partition(".")
        text = whole.replace(",", self.group)
        if frac:
            text += self.point + frac
        return self.symbol + text


def format_money(cents):
    """1999 -> "€19.99" """
    money = MoneyFormat(CURRENCY)
    return money.format(cents / 100)


def describe_line(line):
    """One printed line of the invoice, e.g. "3 × Paper refills  €4.50  €13.50"."""
    total = line["quantity"] * line["unit_cents"]
    return f"{line['quantity']} × {line['description']}  {format_money(line['unit_cents'])}  {format_money(total)}"


def format_prices(cents):
    """Prices in cents, formatted for the invoice's price column, in the same order."""
    return [format_money(c) for c in cents]
