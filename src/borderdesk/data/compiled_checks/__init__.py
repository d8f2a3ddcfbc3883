"""JSON Schema checks compiled to Python once, by scripts/compile_checks.py."""

# The SHA-256 of each schema's text (``json_schema.schema_key``): its module here.
BY_SCHEMA = {
    "130332214d492c7ed20df1c76b7b38b25ff8f9cd215dbf5b435a810503d4f780": "pack",
    "24a93dbfc181a5757dee53de2837a3cd0b543d9236043a6a71fd174f13405395": "notes",
}
