# Written by scripts/compile_checks.py (fastjsonschema 2.22.3) from the notes schema:
# do not edit; run the script again when the schema changes.
# ruff: noqa
# mypy: ignore-errors
# fmt: off
SCHEMA_SHA256 = "24a93dbfc181a5757dee53de2837a3cd0b543d9236043a6a71fd174f13405395"
VERSION = "2.22.3"
from decimal import Decimal
import re
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException


REGEX_PATTERNS = {
    '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})(?![\\s\\S])': re.compile('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})(?![\\s\\S])'),
    '^(overview|border|organisation|topic|person|event|source|comparison|timeline):[A-Za-z0-9][A-Za-z0-9._-]{0,199}(?![\\s\\S])': re.compile('^(overview|border|organisation|topic|person|event|source|comparison|timeline):[A-Za-z0-9][A-Za-z0-9._-]{0,199}(?![\\s\\S])'),
    '^[^\\t\\n\\r\\u2028\\u2029]*(?![\\s\\S])': re.compile('^[^\\t\\n\\r\\u2028\\u2029]*(?![\\s\\S])')
}

NoneType = type(None)

def validate(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'additionalProperties': False, 'properties': {'bookmarks': {'items': {'additionalProperties': False, 'properties': {'created': {'pattern': '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})(?![\\s\\S])', 'type': 'string'}, 'item': {'pattern': '^(overview|border|organisation|topic|person|event|source|comparison|timeline):[A-Za-z0-9][A-Za-z0-9._-]{0,199}(?![\\s\\S])', 'type': 'string'}, 'title': {'maxLength': 400, 'pattern': '^[^\\t\\n\\r\\u2028\\u2029]*(?![\\s\\S])', 'type': 'string'}}, 'required': ['item'], 'type': 'object'}, 'maxItems': 100000, 'type': 'array'}, 'exported': {'pattern': '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})(?![\\s\\S])', 'type': 'string'}, 'format': {'const': 'borderdesk-notes'}, 'format_version': {'const': 1}, 'notes': {'items': {'additionalProperties': False, 'properties': {'item': {'pattern': '^(overview|border|organisation|topic|person|event|source|comparison|timeline):[A-Za-z0-9][A-Za-z0-9._-]{0,199}(?![\\s\\S])', 'type': 'string'}, 'text': {'maxLength': 100000, 'minLength': 1, 'type': 'string'}, 'updated': {'pattern': '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})(?![\\s\\S])', 'type': 'string'}}, 'required': ['item', 'text'], 'type': 'object'}, 'maxItems': 100000, 'type': 'array'}}, 'required': ['format', 'format_version'], 'type': 'object'}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['format', 'format_version']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'additionalProperties': False, 'properties': {'bookmarks': {'items': {'additionalProperties': False, 'properties': {'created': {'pattern': '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})(?![\\s\\S])', 'type': 'string'}, 'item': {'pattern': '^(overview|border|organisation|topic|person|event|source|comparison|timeline):[A-Za-z0-9][A-Za-z0-9._-]{0,199}(?![\\s\\S])', 'type': 'string'}, 'title': {'maxLength': 400, 'pattern': '^[^\\t\\n\\r\\u2028\\u2029]*(?![\\s\\S])', 'type': 'string'}}, 'required': ['item'], 'type': 'object'}, 'maxItems': 100000, 'type': 'array'}, 'exported': {'pattern': '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})(?![\\s\\S])', 'type': 'string'}, 'format': {'const': 'borderdesk-notes'}, 'format_version': {'const': 1}, 'notes': {'items': {'additionalProperties': False, 'properties': {'item': {'pattern': '^(overview|border|organisation|topic|person|event|source|comparison|timeline):[A-Za-z0-9][A-Za-z0-9._-]{0,199}(?![\\s\\S])', 'type': 'string'}, 'text': {'maxLength': 100000, 'minLength': 1, 'type': 'string'}, 'updated': {'pattern': '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})(?![\\s\\S])', 'type': 'string'}}, 'required': ['item', 'text'], 'type': 'object'}, 'maxItems': 100000, 'type': 'array'}}, 'required': ['format', 'format_version'], 'type': 'object'}, rule='required')
        data_keys = set(data.keys())
        if "bookmarks" in data_keys:
            data_keys.remove("bookmarks")
            data__bookmarks = data["bookmarks"]
            if not isinstance(data__bookmarks, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".bookmarks must be array", value=data__bookmarks, name="" + (name_prefix or "data") + ".bookmarks", definition={'items': {'additionalProperties': False, 'properties': {'created': {'pattern': '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})(?![\\s\\S])', 'type': 'string'}, 'item': {'pattern': '^(overview|border|organisation|topic|person|event|source|comparison|timeline):[A-Za-z0-9][A-Za-z0-9._-]{0,199}(?![\\s\\S])', 'type': 'string'}, 'title': {'maxLength': 400, 'pattern': '^[^\\t\\n\\r\\u2028\\u2029]*(?![\\s\\S])', 'type': 'string'}}, 'required': ['item'], 'type': 'object'}, 'maxItems': 100000, 'type': 'array'}, rule='type')
            data__bookmarks_is_list = isinstance(data__bookmarks, (list, tuple))
            if data__bookmarks_is_list:
                data__bookmarks_len = len(data__bookmarks)
                if data__bookmarks_len > 100000:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".bookmarks must contain less than or equal to 100000 items", value=data__bookmarks, name="" + (name_prefix or "data") + ".bookmarks", definition={'items': {'additionalProperties': False, 'properties': {'created': {'pattern': '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})(?![\\s\\S])', 'type': 'string'}, 'item': {'pattern': '^(overview|border|organisation|topic|person|event|source|comparison|timeline):[A-Za-z0-9][A-Za-z0-9._-]{0,199}(?![\\s\\S])', 'type': 'string'}, 'title': {'maxLength': 400, 'pattern': '^[^\\t\\n\\r\\u2028\\u2029]*(?![\\s\\S])', 'type': 'string'}}, 'required': ['item'], 'type': 'object'}, 'maxItems': 100000, 'type': 'array'}, rule='maxItems')
                for data__bookmarks_x, data__bookmarks_item in enumerate(data__bookmarks):
                    if not isinstance(data__bookmarks_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".bookmarks[{data__bookmarks_x}]".format(**locals()) + " must be object", value=data__bookmarks_item, name="" + (name_prefix or "data") + ".bookmarks[{data__bookmarks_x}]".format(**locals()) + "", definition={'additionalProperties': False, 'properties': {'created': {'pattern': '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})(?![\\s\\S])', 'type': 'string'}, 'item': {'pattern': '^(overview|border|organisation|topic|person|event|source|comparison|timeline):[A-Za-z0-9][A-Za-z0-9._-]{0,199}(?![\\s\\S])', 'type': 'string'}, 'title': {'maxLength': 400, 'pattern': '^[^\\t\\n\\r\\u2028\\u2029]*(?![\\s\\S])', 'type': 'string'}}, 'required': ['item'], 'type': 'object'}, rule='type')
                    data__bookmarks_item_is_dict = isinstance(data__bookmarks_item, dict)
                    if data__bookmarks_item_is_dict:
                        data__bookmarks_item__missing_keys = set(['item']) - data__bookmarks_item.keys()
                        if data__bookmarks_item__missing_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".bookmarks[{data__bookmarks_x}]".format(**locals()) + " must contain " + (str(sorted(data__bookmarks_item__missing_keys)) + " properties"), value=data__bookmarks_item, name="" + (name_prefix or "data") + ".bookmarks[{data__bookmarks_x}]".format(**locals()) + "", definition={'additionalProperties': False, 'properties': {'created': {'pattern': '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})(?![\\s\\S])', 'type': 'string'}, 'item': {'pattern': '^(overview|border|organisation|topic|person|event|source|comparison|timeline):[A-Za-z0-9][A-Za-z0-9._-]{0,199}(?![\\s\\S])', 'type': 'string'}, 'title': {'maxLength': 400, 'pattern': '^[^\\t\\n\\r\\u2028\\u2029]*(?![\\s\\S])', 'type': 'string'}}, 'required': ['item'], 'type': 'object'}, rule='required')
                        data__bookmarks_item_keys = set(data__bookmarks_item.keys())
                        if "created" in data__bookmarks_item_keys:
                            data__bookmarks_item_keys.remove("created")
                            data__bookmarks_item__created = data__bookmarks_item["created"]
                            if not isinstance(data__bookmarks_item__created, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".bookmarks[{data__bookmarks_x}].created".format(**locals()) + " must be string", value=data__bookmarks_item__created, name="" + (name_prefix or "data") + ".bookmarks[{data__bookmarks_x}].created".format(**locals()) + "", definition={'pattern': '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})(?![\\s\\S])', 'type': 'string'}, rule='type')
                            if isinstance(data__bookmarks_item__created, str):
                                if not REGEX_PATTERNS['^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})(?![\\s\\S])'].search(data__bookmarks_item__created):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".bookmarks[{data__bookmarks_x}].created".format(**locals()) + " must match pattern ^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})(?![\\s\\S])", value=data__bookmarks_item__created, name="" + (name_prefix or "data") + ".bookmarks[{data__bookmarks_x}].created".format(**locals()) + "", definition={'pattern': '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})(?![\\s\\S])', 'type': 'string'}, rule='pattern')
                        if "item" in data__bookmarks_item_keys:
                            data__bookmarks_item_keys.remove("item")
                            data__bookmarks_item__item = data__bookmarks_item["item"]
                            if not isinstance(data__bookmarks_item__item, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".bookmarks[{data__bookmarks_x}].item".format(**locals()) + " must be string", value=data__bookmarks_item__item, name="" + (name_prefix or "data") + ".bookmarks[{data__bookmarks_x}].item".format(**locals()) + "", definition={'pattern': '^(overview|border|organisation|topic|person|event|source|comparison|timeline):[A-Za-z0-9][A-Za-z0-9._-]{0,199}(?![\\s\\S])', 'type': 'string'}, rule='type')
                            if isinstance(data__bookmarks_item__item, str):
                                if not REGEX_PATTERNS['^(overview|border|organisation|topic|person|event|source|comparison|timeline):[A-Za-z0-9][A-Za-z0-9._-]{0,199}(?![\\s\\S])'].search(data__bookmarks_item__item):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".bookmarks[{data__bookmarks_x}].item".format(**locals()) + " must match pattern ^(overview|border|organisation|topic|person|event|source|comparison|timeline):[A-Za-z0-9][A-Za-z0-9._-]{0,199}(?![\\s\\S])", value=data__bookmarks_item__item, name="" + (name_prefix or "data") + ".bookmarks[{data__bookmarks_x}].item".format(**locals()) + "", definition={'pattern': '^(overview|border|organisation|topic|person|event|source|comparison|timeline):[A-Za-z0-9][A-Za-z0-9._-]{0,199}(?![\\s\\S])', 'type': 'string'}, rule='pattern')
                        if "title" in data__bookmarks_item_keys:
                            data__bookmarks_item_keys.remove("title")
                            data__bookmarks_item__title = data__bookmarks_item["title"]
                            if not isinstance(data__bookmarks_item__title, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".bookmarks[{data__bookmarks_x}].title".format(**locals()) + " must be string", value=data__bookmarks_item__title, name="" + (name_prefix or "data") + ".bookmarks[{data__bookmarks_x}].title".format(**locals()) + "", definition={'maxLength': 400, 'pattern': '^[^\\t\\n\\r\\u2028\\u2029]*(?![\\s\\S])', 'type': 'string'}, rule='type')
                            if isinstance(data__bookmarks_item__title, str):
                                data__bookmarks_item__title_len = len(data__bookmarks_item__title)
                                if data__bookmarks_item__title_len > 400:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".bookmarks[{data__bookmarks_x}].title".format(**locals()) + " must be shorter than or equal to 400 characters", value=data__bookmarks_item__title, name="" + (name_prefix or "data") + ".bookmarks[{data__bookmarks_x}].title".format(**locals()) + "", definition={'maxLength': 400, 'pattern': '^[^\\t\\n\\r\\u2028\\u2029]*(?![\\s\\S])', 'type': 'string'}, rule='maxLength')
                                if not REGEX_PATTERNS['^[^\\t\\n\\r\\u2028\\u2029]*(?![\\s\\S])'].search(data__bookmarks_item__title):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".bookmarks[{data__bookmarks_x}].title".format(**locals()) + " must match pattern ^[^\\t\\n\\r\\u2028\\u2029]*(?![\\s\\S])", value=data__bookmarks_item__title, name="" + (name_prefix or "data") + ".bookmarks[{data__bookmarks_x}].title".format(**locals()) + "", definition={'maxLength': 400, 'pattern': '^[^\\t\\n\\r\\u2028\\u2029]*(?![\\s\\S])', 'type': 'string'}, rule='pattern')
                        if data__bookmarks_item_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".bookmarks[{data__bookmarks_x}]".format(**locals()) + " must not contain "+str(data__bookmarks_item_keys)+" properties", value=data__bookmarks_item, name="" + (name_prefix or "data") + ".bookmarks[{data__bookmarks_x}]".format(**locals()) + "", definition={'additionalProperties': False, 'properties': {'created': {'pattern': '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})(?![\\s\\S])', 'type': 'string'}, 'item': {'pattern': '^(overview|border|organisation|topic|person|event|source|comparison|timeline):[A-Za-z0-9][A-Za-z0-9._-]{0,199}(?![\\s\\S])', 'type': 'string'}, 'title': {'maxLength': 400, 'pattern': '^[^\\t\\n\\r\\u2028\\u2029]*(?![\\s\\S])', 'type': 'string'}}, 'required': ['item'], 'type': 'object'}, rule='additionalProperties')
        if "exported" in data_keys:
            data_keys.remove("exported")
            data__exported = data["exported"]
            if not isinstance(data__exported, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".exported must be string", value=data__exported, name="" + (name_prefix or "data") + ".exported", definition={'pattern': '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})(?![\\s\\S])', 'type': 'string'}, rule='type')
            if isinstance(data__exported, str):
                if not REGEX_PATTERNS['^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})(?![\\s\\S])'].search(data__exported):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".exported must match pattern ^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})(?![\\s\\S])", value=data__exported, name="" + (name_prefix or "data") + ".exported", definition={'pattern': '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})(?![\\s\\S])', 'type': 'string'}, rule='pattern')
        if "format" in data_keys:
            data_keys.remove("format")
            data__format = data["format"]
            if not (isinstance(data__format, str) and data__format == 'borderdesk-notes'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".format must be same as const definition: borderdesk-notes", value=data__format, name="" + (name_prefix or "data") + ".format", definition={'const': 'borderdesk-notes'}, rule='const')
        if "format_version" in data_keys:
            data_keys.remove("format_version")
            data__formatversion = data["format_version"]
            if not (isinstance(data__formatversion, (int, float)) and not isinstance(data__formatversion, bool) and data__formatversion == 1):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".format_version must be same as const definition: 1", value=data__formatversion, name="" + (name_prefix or "data") + ".format_version", definition={'const': 1}, rule='const')
        if "notes" in data_keys:
            data_keys.remove("notes")
            data__notes = data["notes"]
            if not isinstance(data__notes, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".notes must be array", value=data__notes, name="" + (name_prefix or "data") + ".notes", definition={'items': {'additionalProperties': False, 'properties': {'item': {'pattern': '^(overview|border|organisation|topic|person|event|source|comparison|timeline):[A-Za-z0-9][A-Za-z0-9._-]{0,199}(?![\\s\\S])', 'type': 'string'}, 'text': {'maxLength': 100000, 'minLength': 1, 'type': 'string'}, 'updated': {'pattern': '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})(?![\\s\\S])', 'type': 'string'}}, 'required': ['item', 'text'], 'type': 'object'}, 'maxItems': 100000, 'type': 'array'}, rule='type')
            data__notes_is_list = isinstance(data__notes, (list, tuple))
            if data__notes_is_list:
                data__notes_len = len(data__notes)
                if data__notes_len > 100000:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".notes must contain less than or equal to 100000 items", value=data__notes, name="" + (name_prefix or "data") + ".notes", definition={'items': {'additionalProperties': False, 'properties': {'item': {'pattern': '^(overview|border|organisation|topic|person|event|source|comparison|timeline):[A-Za-z0-9][A-Za-z0-9._-]{0,199}(?![\\s\\S])', 'type': 'string'}, 'text': {'maxLength': 100000, 'minLength': 1, 'type': 'string'}, 'updated': {'pattern': '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})(?![\\s\\S])', 'type': 'string'}}, 'required': ['item', 'text'], 'type': 'object'}, 'maxItems': 100000, 'type': 'array'}, rule='maxItems')
                for data__notes_x, data__notes_item in enumerate(data__notes):
                    if not isinstance(data__notes_item, (dict)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".notes[{data__notes_x}]".format(**locals()) + " must be object", value=data__notes_item, name="" + (name_prefix or "data") + ".notes[{data__notes_x}]".format(**locals()) + "", definition={'additionalProperties': False, 'properties': {'item': {'pattern': '^(overview|border|organisation|topic|person|event|source|comparison|timeline):[A-Za-z0-9][A-Za-z0-9._-]{0,199}(?![\\s\\S])', 'type': 'string'}, 'text': {'maxLength': 100000, 'minLength': 1, 'type': 'string'}, 'updated': {'pattern': '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})(?![\\s\\S])', 'type': 'string'}}, 'required': ['item', 'text'], 'type': 'object'}, rule='type')
                    data__notes_item_is_dict = isinstance(data__notes_item, dict)
                    if data__notes_item_is_dict:
                        data__notes_item__missing_keys = set(['item', 'text']) - data__notes_item.keys()
                        if data__notes_item__missing_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".notes[{data__notes_x}]".format(**locals()) + " must contain " + (str(sorted(data__notes_item__missing_keys)) + " properties"), value=data__notes_item, name="" + (name_prefix or "data") + ".notes[{data__notes_x}]".format(**locals()) + "", definition={'additionalProperties': False, 'properties': {'item': {'pattern': '^(overview|border|organisation|topic|person|event|source|comparison|timeline):[A-Za-z0-9][A-Za-z0-9._-]{0,199}(?![\\s\\S])', 'type': 'string'}, 'text': {'maxLength': 100000, 'minLength': 1, 'type': 'string'}, 'updated': {'pattern': '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})(?![\\s\\S])', 'type': 'string'}}, 'required': ['item', 'text'], 'type': 'object'}, rule='required')
                        data__notes_item_keys = set(data__notes_item.keys())
                        if "item" in data__notes_item_keys:
                            data__notes_item_keys.remove("item")
                            data__notes_item__item = data__notes_item["item"]
                            if not isinstance(data__notes_item__item, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".notes[{data__notes_x}].item".format(**locals()) + " must be string", value=data__notes_item__item, name="" + (name_prefix or "data") + ".notes[{data__notes_x}].item".format(**locals()) + "", definition={'pattern': '^(overview|border|organisation|topic|person|event|source|comparison|timeline):[A-Za-z0-9][A-Za-z0-9._-]{0,199}(?![\\s\\S])', 'type': 'string'}, rule='type')
                            if isinstance(data__notes_item__item, str):
                                if not REGEX_PATTERNS['^(overview|border|organisation|topic|person|event|source|comparison|timeline):[A-Za-z0-9][A-Za-z0-9._-]{0,199}(?![\\s\\S])'].search(data__notes_item__item):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".notes[{data__notes_x}].item".format(**locals()) + " must match pattern ^(overview|border|organisation|topic|person|event|source|comparison|timeline):[A-Za-z0-9][A-Za-z0-9._-]{0,199}(?![\\s\\S])", value=data__notes_item__item, name="" + (name_prefix or "data") + ".notes[{data__notes_x}].item".format(**locals()) + "", definition={'pattern': '^(overview|border|organisation|topic|person|event|source|comparison|timeline):[A-Za-z0-9][A-Za-z0-9._-]{0,199}(?![\\s\\S])', 'type': 'string'}, rule='pattern')
                        if "text" in data__notes_item_keys:
                            data__notes_item_keys.remove("text")
                            data__notes_item__text = data__notes_item["text"]
                            if not isinstance(data__notes_item__text, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".notes[{data__notes_x}].text".format(**locals()) + " must be string", value=data__notes_item__text, name="" + (name_prefix or "data") + ".notes[{data__notes_x}].text".format(**locals()) + "", definition={'maxLength': 100000, 'minLength': 1, 'type': 'string'}, rule='type')
                            if isinstance(data__notes_item__text, str):
                                data__notes_item__text_len = len(data__notes_item__text)
                                if data__notes_item__text_len < 1:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".notes[{data__notes_x}].text".format(**locals()) + " must be longer than or equal to 1 characters", value=data__notes_item__text, name="" + (name_prefix or "data") + ".notes[{data__notes_x}].text".format(**locals()) + "", definition={'maxLength': 100000, 'minLength': 1, 'type': 'string'}, rule='minLength')
                                if data__notes_item__text_len > 100000:
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".notes[{data__notes_x}].text".format(**locals()) + " must be shorter than or equal to 100000 characters", value=data__notes_item__text, name="" + (name_prefix or "data") + ".notes[{data__notes_x}].text".format(**locals()) + "", definition={'maxLength': 100000, 'minLength': 1, 'type': 'string'}, rule='maxLength')
                        if "updated" in data__notes_item_keys:
                            data__notes_item_keys.remove("updated")
                            data__notes_item__updated = data__notes_item["updated"]
                            if not isinstance(data__notes_item__updated, (str)):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".notes[{data__notes_x}].updated".format(**locals()) + " must be string", value=data__notes_item__updated, name="" + (name_prefix or "data") + ".notes[{data__notes_x}].updated".format(**locals()) + "", definition={'pattern': '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})(?![\\s\\S])', 'type': 'string'}, rule='type')
                            if isinstance(data__notes_item__updated, str):
                                if not REGEX_PATTERNS['^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})(?![\\s\\S])'].search(data__notes_item__updated):
                                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".notes[{data__notes_x}].updated".format(**locals()) + " must match pattern ^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})(?![\\s\\S])", value=data__notes_item__updated, name="" + (name_prefix or "data") + ".notes[{data__notes_x}].updated".format(**locals()) + "", definition={'pattern': '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})(?![\\s\\S])', 'type': 'string'}, rule='pattern')
                        if data__notes_item_keys:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".notes[{data__notes_x}]".format(**locals()) + " must not contain "+str(data__notes_item_keys)+" properties", value=data__notes_item, name="" + (name_prefix or "data") + ".notes[{data__notes_x}]".format(**locals()) + "", definition={'additionalProperties': False, 'properties': {'item': {'pattern': '^(overview|border|organisation|topic|person|event|source|comparison|timeline):[A-Za-z0-9][A-Za-z0-9._-]{0,199}(?![\\s\\S])', 'type': 'string'}, 'text': {'maxLength': 100000, 'minLength': 1, 'type': 'string'}, 'updated': {'pattern': '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})(?![\\s\\S])', 'type': 'string'}}, 'required': ['item', 'text'], 'type': 'object'}, rule='additionalProperties')
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'additionalProperties': False, 'properties': {'bookmarks': {'items': {'additionalProperties': False, 'properties': {'created': {'pattern': '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})(?![\\s\\S])', 'type': 'string'}, 'item': {'pattern': '^(overview|border|organisation|topic|person|event|source|comparison|timeline):[A-Za-z0-9][A-Za-z0-9._-]{0,199}(?![\\s\\S])', 'type': 'string'}, 'title': {'maxLength': 400, 'pattern': '^[^\\t\\n\\r\\u2028\\u2029]*(?![\\s\\S])', 'type': 'string'}}, 'required': ['item'], 'type': 'object'}, 'maxItems': 100000, 'type': 'array'}, 'exported': {'pattern': '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})(?![\\s\\S])', 'type': 'string'}, 'format': {'const': 'borderdesk-notes'}, 'format_version': {'const': 1}, 'notes': {'items': {'additionalProperties': False, 'properties': {'item': {'pattern': '^(overview|border|organisation|topic|person|event|source|comparison|timeline):[A-Za-z0-9][A-Za-z0-9._-]{0,199}(?![\\s\\S])', 'type': 'string'}, 'text': {'maxLength': 100000, 'minLength': 1, 'type': 'string'}, 'updated': {'pattern': '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})(?![\\s\\S])', 'type': 'string'}}, 'required': ['item', 'text'], 'type': 'object'}, 'maxItems': 100000, 'type': 'array'}}, 'required': ['format', 'format_version'], 'type': 'object'}, rule='additionalProperties')
    return data