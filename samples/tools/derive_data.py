#!/usr/bin/env python3
"""Derives the sample workspace's extra data files from the two real data sets.

Reads samples/data/CDNOW_master.txt and samples/data/Telco-Customer-Churn.csv (copied
unchanged from their sources) and writes, next to them:

  cdnow_profiles.csv        one row per CDNOW customer: contact_id, first_purchase_date,
                            first_order_value, tier, status
  cdnow_status_changes.csv  status becomes "converted" on a customer's second purchase day
  telco_churn_changes.csv   churned becomes "true" for every customer with Churn = Yes,
                            on a date spread over the 60 days after 1997-01-01

Python 3 standard library only. The output is the same byte for byte on every run:
  python3 samples/tools/derive_data.py
"""

import csv
import datetime
import os
import zlib
from decimal import Decimal

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, "data")

# Tier of a customer, from the dollar value of everything bought on the first purchase day.
SILVER_FROM = Decimal("20")
GOLD_FROM = Decimal("50")

# Telco churn dates: the data has none, so each churned customer gets a day in
# CHURN_START + 1 .. CHURN_START + CHURN_DAYS, chosen by a checksum of the customer id.
CHURN_START = datetime.date(1997, 1, 1)
CHURN_DAYS = 60


def read_cdnow():
    """Returns {customer_id: [(yyyymmdd, dollar_value), ...]} in file order."""
    purchases = {}
    with open(os.path.join(DATA, "CDNOW_master.txt"), newline="", encoding="ascii") as file:
        next(file)
        for line in file:
            parts = line.split()
            if not parts:
                continue
            customer, day, _cds, value = parts
            purchases.setdefault(customer, []).append((day, Decimal(value)))
    return purchases


def iso_date(yyyymmdd):
    """'19970112' -> '1997-01-12'."""
    return f"{yyyymmdd[0:4]}-{yyyymmdd[4:6]}-{yyyymmdd[6:8]}"


def tier(first_order_value):
    """bronze under $20, silver from $20 to under $50, gold from $50."""
    if first_order_value >= GOLD_FROM:
        return "gold"
    if first_order_value >= SILVER_FROM:
        return "silver"
    return "bronze"


def write_csv(name, header, rows):
    with open(os.path.join(DATA, name), "w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
    print(f"wrote data/{name}: {len(rows)} rows")


def derive_cdnow():
    purchases = read_cdnow()
    profiles = []
    changes = []
    for customer in sorted(purchases):
        days = sorted({day for day, _ in purchases[customer]})
        first_day = days[0]
        first_value = sum(value for day, value in purchases[customer] if day == first_day)
        profiles.append([
            customer, iso_date(first_day), f"{first_value:.2f}", tier(first_value), "new",
        ])
        if len(days) > 1:
            changes.append([customer, iso_date(days[1]), "status", "converted"])
    write_csv(
        "cdnow_profiles.csv",
        ["contact_id", "first_purchase_date", "first_order_value", "tier", "status"],
        profiles)
    write_csv("cdnow_status_changes.csv", ["contact_id", "timestamp", "field", "value"], changes)


def churn_date(customer_id):
    offset = 1 + zlib.crc32(customer_id.encode("utf-8")) % CHURN_DAYS
    return (CHURN_START + datetime.timedelta(days=offset)).isoformat()


def derive_telco():
    changes = []
    path = os.path.join(DATA, "Telco-Customer-Churn.csv")
    with open(path, newline="", encoding="utf-8") as file:
        for row in csv.DictReader(file):
            if row["Churn"].strip() == "Yes":
                customer = row["customerID"].strip()
                changes.append([customer, churn_date(customer), "churned", "true"])
    changes.sort()
    write_csv("telco_churn_changes.csv", ["contact_id", "timestamp", "field", "value"], changes)


if __name__ == "__main__":
    derive_cdnow()
    derive_telco()
