using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Eig.Web.AppelsAProjets;

/// <summary>Tables to CSV (semicolon, UTF-8 with BOM: what a French spreadsheet opens directly) and XLSX.
/// Cells that a spreadsheet would run as a formula are neutralised.</summary>
public static class Exports
{
    private static string Neutraliser(string v) =>
        v.Length > 0 && v[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + v : v;

    public static byte[] Csv(IReadOnlyList<string> entetes, IEnumerable<IReadOnlyList<string>> lignes)
    {
        static string Cellule(string v)
        {
            v = Neutraliser(v);
            return v.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? "\"" + v.Replace("\"", "\"\"") + "\"" : v;
        }
        var sb = new StringBuilder();
        sb.AppendJoin(';', entetes.Select(Cellule)).Append("\r\n");
        foreach (var l in lignes) sb.AppendJoin(';', l.Select(Cellule)).Append("\r\n");
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(sb.ToString())];
    }

    public static byte[] Xlsx(string feuille, IReadOnlyList<string> entetes, IEnumerable<IReadOnlyList<string>> lignes)
    {
        using var ms = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(ms, SpreadsheetDocumentType.Workbook))
        {
            var wb = doc.AddWorkbookPart();
            wb.Workbook = new Workbook();
            var ws = wb.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(Ligne(entetes));
            foreach (var l in lignes) data.Append(Ligne(l));
            ws.Worksheet = new Worksheet(data);
            wb.Workbook.AppendChild(new Sheets(new Sheet { Id = wb.GetIdOfPart(ws), SheetId = 1, Name = feuille }));
            wb.Workbook.Save();
        }
        return ms.ToArray();
    }

    private static Row Ligne(IEnumerable<string> valeurs)
    {
        var row = new Row();
        foreach (var v in valeurs)
            row.Append(new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(Neutraliser(v)) { Space = SpaceProcessingModeValues.Preserve }) });
        return row;
    }
}
