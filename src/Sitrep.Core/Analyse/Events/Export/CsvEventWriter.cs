namespace Sitrep.Analyse.Events.Export;

/// <summary>
/// Writes event rows as CSV per RFC 4180 (section 2): CRLF line ends, a header line, a field with a comma, double quote,
/// CR or LF enclosed in double quotes with inner quotes doubled. Scraped text is hostile: a text cell starting with
/// '=', '+', '-', '@', tab or CR would run as a formula in a spreadsheet (OWASP "CSV Injection"), so it gets a leading
/// apostrophe; numeric cells we formatted ourselves are left alone (a negative longitude stays a number).
/// </summary>
public static class CsvEventWriter
{
    public static void Write(TextWriter w, IEnumerable<EventRow> rows)
    {
        w.Write(string.Join(',', EventRow.Columns));
        w.Write("\r\n");
        foreach (var row in rows)
        {
            var cells = row.Cells();
            for (var i = 0; i < cells.Length; i++)
            {
                if (i > 0) w.Write(',');
                w.Write(Escape(cells[i].Text, cells[i].IsNumber));
            }
            w.Write("\r\n");
        }
    }

    public static string Escape(string cell, bool isNumber = false)
    {
        if (!isNumber && cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r') cell = "'" + cell;
        if (cell.AsSpan().IndexOfAny(",\"\r\n") < 0) return cell;
        return "\"" + cell.Replace("\"", "\"\"") + "\"";
    }
}
