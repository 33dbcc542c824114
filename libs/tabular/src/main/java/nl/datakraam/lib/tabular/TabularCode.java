// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

import nl.datakraam.lib.messages.MessageCode;

/**
 * Every code this library puts on an {@link Issue} or a {@link TabularException}, with its English template
 * ({@link nl.datakraam.lib.messages.MessageTemplate} syntax). Besides the arguments a template names, every template
 * may use the positions {@code line}, {@code column} and {@code field} of its issue or exception.
 *
 * <p>Arguments used by several codes: {@code unit} is what a position counts ({@code line} of a text or JSON file,
 * {@code row} of a sheet, {@code feature} of geodata); {@code count} how many records or cells are concerned;
 * {@code lines} the first few of their positions and {@code more} how many more there are; {@code header} whether
 * the file has a header row.
 */
public enum TabularCode implements MessageCode {

    /** Arguments: {@code kind} ({@code empty}, {@code comments-only}, {@code empty-array}, {@code sheets-empty}),
     * {@code format} ({@code text}, {@code json}, {@code workbook}), {@code hiddenSheets} (boolean). */
    FILE_EMPTY("file.empty", "{kind,select,"
            + "comments-only{The file holds no table, only blank lines or comment lines starting with #. Upload a"
            + " file with a header row and at least one data row.}"
            + "empty-array{The JSON array is empty, so there are no rows. Upload a JSON array of objects, one object"
            + " per row.}"
            + "sheets-empty{The workbook holds no values: every sheet is empty{hiddenSheets,select,true{ or hidden (a"
            + " hidden sheet is read only when it is asked for by name)}other{}}. Upload a workbook with a header row"
            + " and at least one data row.}"
            + "other{The file is empty. Upload {format,select,json{a JSON array of objects, one object per row}"
            + "workbook{a workbook with a header row and at least one data row}"
            + "other{a file with a header row and at least one data row}}.}}"),

    /** Arguments: {@code unit} ({@code line} of a text file, {@code row} of a sheet), {@code fields} (their count).
     * Position: {@code line} (of the header). */
    FILE_HEADER_ONLY("file.header-only", "The file holds only a header {unit,select,row{row}other{line}} ({line}),"
            + " no data: the dataset has {fields,plural,one{1 field}other{# fields}}, all of type string, and no rows."
            + " If that is what you meant (a register that is still empty), nothing needs doing; otherwise check"
            + " that the export is complete and upload it again as a new version."),

    FILE_BINARY("file.binary", "The file is not text: it holds NUL bytes or control characters near the start, as"
            + " spreadsheets, archives and databases do. Upload a CSV export, or the file in its own format. A UTF-16"
            + " text file needs a byte order mark."),

    /** Arguments: {@code count} (lines skipped). */
    PREAMBLE_SKIPPED("preamble.skipped", "Skipped {count,plural,one{1 line}other{# lines}} before the table:"
            + " comment lines starting with # and blank lines. Nothing to do."),

    HEADER_ABSENT("header.absent", "The first row looks like data (its values have the types of the values below"
            + " them), so the file is read without a header and the fields are named column_1, column_2 and so on."
            + " If the first row is a header, give each column a name that is not a number or a date."),

    /** Arguments: {@code count} (NUL bytes in the file). */
    ENCODING_NUL_BYTE("encoding.nul-byte", "Line {line} holds a NUL byte (0x00), {count} in the whole file. It is"
            + " kept as the character U+0000, which some databases reject; remove it from the file."),

    ENCODING_INVALID_UTF8("encoding.invalid-utf8", "The file starts with a UTF-8 byte order mark, but line {line}"
            + " holds bytes that are not UTF-8; they are read as the replacement character U+FFFD. Save the file as"
            + " UTF-8 again from its source."),

    ENCODING_WINDOWS_1252("encoding.windows-1252", "The file is not UTF-8 (first on line {line}), so it is read as"
            + " Windows-1252, the encoding Excel uses for CSV on Dutch Windows. Check that accented letters look"
            + " right; saving as \"CSV UTF-8\" avoids this."),

    /** Arguments: {@code byte} (e.g. {@code 0x81}), {@code count} (such bytes in the file). */
    ENCODING_UNDEFINED_BYTE("encoding.undefined-byte", "Byte {byte} on line {line} has no character in Windows-1252"
            + " ({count,plural,one{the only such byte}other{# such bytes}} in the file), so the file is read as"
            + " ISO-8859-1, where it is an invisible control character. Check the text on that line, which may have"
            + " been converted badly before; saving the file as UTF-8 avoids this."),

    CSV_UNCLOSED_QUOTE("csv.unclosed-quote", "A quoted value starting in the record on line {line} is never closed,"
            + " so the rest of the file would become one value. Check the quotes on that line."),

    /** Arguments: {@code maxChars}. */
    CSV_RECORD_TOO_LONG("csv.record-too-long", "The record starting on line {line} is longer than {maxChars}"
            + " characters; this usually means a quote that is never closed. Check the quotes on that line."),

    /** Arguments: {@code count} (values holding such a quote). Position: {@code line} (the first). */
    CSV_IRREGULAR_QUOTES("csv.irregular-quotes", "{count,plural,one{1 value holds}other{# values hold}} a quote"
            + " that neither opens nor closes a quoted value, first on line {line}: a quote after other text (also"
            + " after a space), or text after a closing quote. Such a quote is kept as a character, and text after a"
            + " closing quote is added to the value. If values look wrong, check the quoting on that line."),

    /** Arguments: {@code unit}, {@code header}, {@code count}, {@code lines}, {@code more}. */
    ROW_EXTRA_EMPTY_VALUES("row.extra-empty-values", "{count,plural,one{{unit,select,row{Row}feature{Feature}"
            + "other{Line}} {line} ends}other{# {unit,select,row{rows}feature{features}other{lines}} end}} in more"
            + " values than {header,select,true{the header}other{the first row}} has, all of them empty"
            + "{count,plural,one{}other{ ({lines}{more,plural,=0{}other{ and # more}})}}. The empty values were left"
            + " out; nothing to do."),

    /** Arguments: {@code unit}, {@code header}, {@code found} (values on the first such line), {@code expected},
     * {@code count}, {@code lines}, {@code more}, {@code fields} (the added fields), {@code text} (boolean: a text
     * file, where a delimiter may be the cause). */
    ROW_EXTRA_VALUES("row.extra-values", "{unit,select,row{Row}feature{Feature}other{Line}} {line} has {found}"
            + " values, but {header,select,true{the header}other{the first row}} has {expected}{count,plural,one{}"
            + "other{; {count} {unit,select,row{rows}feature{features}other{lines}} have too many ({lines}"
            + "{more,plural,=0{}other{ and # more}})}}. No value was dropped: the extra values are in the added"
            + " {fields,plural,one{field}other{fields}} {fields}. {text,select,true{Check those lines for a delimiter"
            + " inside a value that is not quoted, or add the missing header.}other{Add the missing header.}}"),

    /** Arguments: {@code unit}, {@code header}, {@code found}, {@code expected}, {@code count}, {@code lines},
     * {@code more}. */
    ROW_MISSING_VALUES("row.missing-values", "{unit,select,row{Row}feature{Feature}other{Line}} {line} has {found}"
            + " {found,plural,one{value}other{values}}, but {header,select,true{the header}other{the first row}} has"
            + " {expected}{count,plural,one{}other{; {count} {unit,select,row{rows}feature{features}other{lines}}"
            + " have too few ({lines}{more,plural,=0{}other{ and # more}})}}. The missing values are read as empty."
            + " Check those lines for a missing delimiter or a line break in a value that is not quoted."),

    /** Arguments: {@code columns} (their positions). */
    COLUMN_EMPTY_DROPPED("column.empty-dropped", "{columns,plural,one{Column {columns} has}other{Columns {columns}"
            + " have}} no header and no values, so {columns,plural,one{it was}other{they were}} left out. Nothing to"
            + " do; spreadsheets often leave such columns behind."),

    COLUMN_ALL_MISSING("column.all-missing", "Field {field} has no values, so its type cannot be told; it is read as"
            + " text with every value missing. Set its type by hand if you know it."),

    /** Arguments: {@code type} (Table Schema type), {@code tokens} (the words read as missing, e.g. NULL). */
    COLUMN_MISSING_TOKENS("column.missing-tokens", "In field {field} ({type}), the values {tokens} are read as"
            + " missing. Nothing to do if they mean \"no value\"."),

    /** Arguments: {@code unit}, {@code typed} (values before the first text), {@code typeBefore} ({@code integers},
     * {@code numbers}, {@code dates}, {@code booleans}). */
    COLUMN_TEXT_AFTER_TYPED("column.text-after-typed", "Field {field} is read as text: its first {typed} values are"
            + " {typeBefore}, but the value on {unit,select,row{row}feature{feature}other{line}} {line} is not. If"
            + " that value is a mistake, correct the file and upload it again."),

    /** Arguments: {@code count} (sheets), {@code sheets} (the first names), {@code more}, {@code sheet},
     * {@code requested} (boolean). */
    SHEET_CHOSEN("sheet.chosen", "The workbook has {count} sheets ({sheets}{more,plural,=0{}other{ and # more}})."
            + " Sheet {sheet} was read{requested,select,true{, as asked}other{, the first visible sheet with values}};"
            + " the other sheets were not. Upload them separately if they hold data too."),

    /** Arguments: {@code cells}, {@code count} (rows), {@code lines}, {@code more}. */
    SHEET_ERROR_VALUES("sheet.error-values", "{cells,plural,one{1 cell holds}other{# cells hold}} an error value"
            + " such as #DIV/0! or #N/A instead of a value ({count,plural,one{row {lines}}other{rows {lines}"
            + "{more,plural,=0{}other{ and # more}}}}); they were read as empty. Correct the formulas and upload the"
            + " workbook again if those cells should hold values."),

    /** Arguments: {@code sheet}. */
    SHEET_EMPTY("sheet.empty", "Sheet {sheet} holds no values. Choose another sheet, or fill this one and upload the"
            + " workbook again."),

    /** Arguments: {@code sheet} (asked for), {@code sheets}, {@code more}. */
    SHEET_NOT_FOUND("sheet.not-found", "The workbook has no sheet named {sheet}; its sheets are {sheets}"
            + "{more,plural,=0{}other{ and # more}}. Sheet names are case-sensitive."),

    /** Arguments: {@code sheet}, {@code axis} ({@code row} or {@code column}), {@code limit}. */
    SHEET_TOO_LARGE("sheet.too-large", "Sheet {sheet} has values beyond {axis,select,column{column}other{row}}"
            + " {limit}, more than a spreadsheet holds. Remove the stray values beyond the table, or export the table"
            + " as CSV and upload that."),

    /** Arguments: {@code sheet}, {@code maxChars}. */
    SHEET_CELL_TOO_LONG("sheet.cell-too-long", "A cell in row {line} of sheet {sheet} holds more than {maxChars}"
            + " characters, more than a spreadsheet cell holds. Shorten it, or export the table as CSV and upload"
            + " that."),

    /** Arguments: {@code kind} ({@code legacy}: an old binary or password-protected workbook; {@code other}),
     * {@code ending} (e.g. {@code .xlsx}), {@code format} ({@code XLSX}, {@code ODS}). */
    WORKBOOK_NOT_A_ZIP("workbook.not-a-zip", "The file ends in {ending} but {kind,select,legacy{is an old binary"
            + " workbook (such as .xls) or a password-protected one. Save it without a password as {format,select,"
            + "ODS{an OpenDocument Spreadsheet (.ods)}other{an Excel Workbook (.xlsx)}}, or export the sheet as CSV,"
            + " and upload that.}other{is not a workbook: a workbook is a zip archive, and this file is not one. If"
            + " it is a CSV export, give it the ending .csv; otherwise save it again from its spreadsheet program.}}"),

    /** Arguments: {@code kind} ({@code damaged-zip}, {@code xlsx}, {@code ods}, {@code other-document}),
     * {@code format}, {@code mediaType} (the media type an ODS file declares, for {@code other-document}). */
    WORKBOOK_INVALID("workbook.invalid", "{kind,select,"
            + "damaged-zip{The {format} file is a damaged zip archive; it may have been cut off while copying. Upload"
            + " it again, or save it again from its spreadsheet program.}"
            + "xlsx{The XLSX file cannot be read as an Excel workbook: its parts are missing or malformed, or it is in"
            + " the Strict Open XML format. Open it in Excel or LibreOffice and save it as an Excel Workbook (.xlsx),"
            + " or export the sheet as CSV, and upload that.}"
            + "other-document{The file ends in .ods but is another kind of document ({mediaType}). Save the data as"
            + " an OpenDocument Spreadsheet (.ods) and upload that.}"
            + "other{The ODS file cannot be read as an OpenDocument spreadsheet: its content is missing or malformed."
            + " Open it in LibreOffice and save it again as an OpenDocument Spreadsheet (.ods), or export the sheet"
            + " as CSV, and upload that.}}"),

    /** Arguments: {@code format}, {@code entries}. */
    WORKBOOK_TOO_MANY_ENTRIES("workbook.too-many-entries", "The {format} file holds {entries} entries; a workbook"
            + " has a few dozen. It is not read, as it may be built to exhaust the server. Save the workbook again"
            + " from its spreadsheet program."),

    /** Arguments: {@code format}, {@code part} (the archive entry), {@code limitMib}. */
    WORKBOOK_ENTRY_TOO_LARGE("workbook.entry-too-large", "Part {part} of the {format} file unpacks to more than"
            + " {limitMib} MiB, more than Datakraam reads. Split the workbook, or export the sheet as CSV and upload"
            + " that."),

    /** Arguments: {@code format}, {@code part}, {@code ratio}. */
    WORKBOOK_COMPRESSION_RATIO("workbook.compression-ratio", "Part {part} of the {format} file unpacks to more than"
            + " {ratio} times its packed size, as zip bombs do; it is not read. If the workbook is genuine, export"
            + " the sheet as CSV and upload that."),

    /** Arguments: {@code format}, {@code part}. */
    WORKBOOK_DTD("workbook.dtd", "Part {part} of the {format} file declares a document type (DTD), which"
            + " spreadsheet programs never write and which can be used to attack the server; it is not read. Save"
            + " the workbook again from Excel or LibreOffice."),

    /** Arguments: {@code objects}, {@code path} (dotted). */
    JSON_TABLE_PATH("json.table-path", "The rows are the {objects} objects of the array at {path}, the largest"
            + " array of objects in the document; the rest of the document was left out. Nothing to do if that is"
            + " the table you meant."),

    /** Arguments: {@code objects} (the first nested members), {@code more}, {@code example} (a flattened name). */
    JSON_FLATTENED("json.flattened", "The members of nested objects ({objects}{more,plural,=0{}other{ and # more}})"
            + " became fields with dotted names, such as {example}. Nothing to do."),

    /** Arguments: {@code member}, {@code objects} (objects where it holds an array). */
    JSON_ARRAY_AS_TEXT("json.array-as-text", "Member {member} holds an array in {objects,plural,one{1 object}"
            + "other{# objects}}; a cell holds one value, so each array is kept as JSON text, such as [1,2]. DuckDB's"
            + " JSON functions can unpack it in SQL."),

    /** Arguments: {@code kind} ({@code object}, {@code array}: an array inside the object), {@code maxChars}. */
    JSON_RECORD_TOO_LONG("json.record-too-long", "{kind,select,array{An array in the object}other{The object}}"
            + " starting on line {line} holds more than {maxChars} characters, too much for one"
            + " {kind,select,array{value}other{row}}. Check that the file is a list of records."),

    /** Arguments: {@code type} (the GeoJSON type the file declares). */
    JSON_GEOJSON("json.geojson", "The file is GeoJSON (a {type}): geodata, which the JSON table reader does not take."
            + " Upload it with the ending .geojson so that it is read as geodata."),

    /** Arguments: {@code limit}. */
    JSON_TOO_MANY_FIELDS("json.too-many-fields", "The objects have more than {limit} different members, so they do"
            + " not describe rows of one table (objects keyed by ids or dates do this). Reshape the file into an"
            + " array of objects with the same members."),

    /** Arguments: {@code top} (boolean: the array is the whole document), {@code path}. */
    JSON_NO_FIELDS("json.no-fields", "The objects of the array at {top,select,true{the top of the document}"
            + "other{{path}}} have no members, so there are no fields to read. Upload an array of objects"
            + " that each have members, one object per row."),

    JSON_NO_TABLE("json.no-table", "The JSON holds no array of objects, neither as the whole document nor within two"
            + " levels of members, so it has no rows to read. Datakraam reads JSON shaped as a list of objects, or an"
            + " object holding such a list."),

    JSON_CHANGED("json.changed", "The JSON no longer has its table where the first reading found it. Upload the file"
            + " again."),

    /** Arguments: {@code maxChars}. */
    JSON_VALUE_TOO_LONG("json.value-too-long", "A value near line {line} is longer or deeper than Datakraam reads"
            + " ({maxChars} characters, 500 levels). Check that the file is a list of records."),

    JSON_INVALID("json.invalid", "The file is not valid JSON: reading stopped at line {line}{column,plural,=0{}"
            + "other{, column #}}. Check the file with a JSON validator, or export it again."),

    /** Arguments: {@code unit}, {@code type} (Table Schema type), {@code format} (its format, e.g. %d-%m-%Y). */
    VALUE_INVALID("value.invalid", "Field {field} on {unit,select,row{row}feature{feature}other{line}} {line} holds a"
            + " value that does not fit its type, {type} (format {format}). The schema does not fit this file: infer"
            + " it again, or correct the field.");

    private final String key;
    private final String englishTemplate;

    TabularCode(String key, String englishTemplate) {
        this.key = key;
        this.englishTemplate = englishTemplate;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String englishTemplate() {
        return englishTemplate;
    }
}
