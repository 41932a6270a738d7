using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Eig.Web.Extractions;

/// <summary>One cell of an export, typed: text, a number or an instant (shown in Paris time).</summary>
public readonly record struct Cellule(string? Texte, double? Nombre, DateTime? Instant, bool JourSeul = false)
{
    public static Cellule Vide => new(null, null, null);
    public static implicit operator Cellule(string? texte) => new(texte ?? "", null, null);
    public static implicit operator Cellule(int? n) => new(null, n, null);
    public static implicit operator Cellule(double? n) => new(null, n, null);
    public static implicit operator Cellule(DateTime? utc) => new(null, null, utc);
    public static Cellule Jour(DateOnly? jour) => new(null, null, jour?.ToDateTime(TimeOnly.MinValue), JourSeul: true);
}

/// <summary>A sheet: its name and the titles of its columns; rows come one at a time, never held all in memory.</summary>
public sealed record Feuille(string Nom, IReadOnlyList<string> Colonnes, IAsyncEnumerable<IReadOnlyList<Cellule>> Lignes);

/// <summary>Writes sheets as CSV (one sheet) or XLSX (every sheet), row by row into a stream.</summary>
public static class Tableur
{
    public const string TypeCsv = "text/csv; charset=utf-8";
    public const string TypeXlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR) starts with an apostrophe.</summary>
    public static string Neutraliser(string v) =>
        v.Length > 0 && v[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + v : v;

    /// <summary>An instant as a French spreadsheet reads it, in Paris time: 01/12/2026 14:30 (a day alone: 01/12/2026).</summary>
    public static string Date(Cellule c) => c.JourSeul
        ? c.Instant!.Value.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)
        : Fr.EnHeureDeParis(c.Instant!.Value).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>UTF-8 with BOM, semicolons, CRLF: what a French spreadsheet opens directly. Numbers with a decimal comma.</summary>
    public static async Task CsvAsync(Feuille feuille, Stream sortie, CancellationToken ct)
    {
        await using var w = new StreamWriter(sortie, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 64 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        static string Echapper(string v)
        {
            v = Neutraliser(v);
            return v.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? "\"" + v.Replace("\"", "\"\"") + "\"" : v;
        }
        await w.WriteLineAsync(string.Join(';', feuille.Colonnes.Select(Echapper)));
        await foreach (var ligne in feuille.Lignes.WithCancellation(ct))
            await w.WriteLineAsync(string.Join(';', ligne.Select(c =>
                c.Nombre is { } n ? n.ToString("0.##", Fr.Culture)
                : c.Instant is not null ? Date(c)
                : Echapper(c.Texte ?? ""))));
    }

    /// <summary>One worksheet per sheet, each written with <see cref="OpenXmlWriter"/> straight into its zip entry:
    /// numbers as numbers, instants as dates (Excel serial numbers with a date format, in Paris time), text as inline
    /// strings (no shared-string table to hold). The package is assembled by hand (a zip in create mode) because
    /// OpenXml's SpreadsheetDocument opens its package for update, which keeps every part in memory until the end.</summary>
    public static async Task XlsxAsync(IReadOnlyList<Feuille> feuilles, Stream sortie, CancellationToken ct)
    {
        using var zip = new System.IO.Compression.ZipArchive(sortie, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true);
        void Partie(string chemin, string xml)
        {
            using var w = new StreamWriter(zip.CreateEntry(chemin, System.IO.Compression.CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
            w.Write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>");
            w.Write(xml);
        }
        const string Ns = "http://schemas.openxmlformats.org/";
        var noms = feuilles.Select((f, i) => (Nom: NomDeFeuille(f.Nom), Index: i + 1)).ToList();
        Partie("[Content_Types].xml",
            $"<Types xmlns=\"{Ns}package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
            + string.Concat(noms.Select(n => $"<Override PartName=\"/xl/worksheets/sheet{n.Index}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"))
            + "</Types>");
        Partie("_rels/.rels",
            $"<Relationships xmlns=\"{Ns}package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"{Ns}officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        Partie("xl/_rels/workbook.xml.rels",
            $"<Relationships xmlns=\"{Ns}package/2006/relationships\">"
            + string.Concat(noms.Select(n => $"<Relationship Id=\"rId{n.Index}\" Type=\"{Ns}officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet{n.Index}.xml\"/>"))
            + $"<Relationship Id=\"rId{noms.Count + 1}\" Type=\"{Ns}officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/></Relationships>");
        var classeur = new Workbook(new Sheets(noms.Select(n => new Sheet { Id = $"rId{n.Index}", SheetId = (uint)n.Index, Name = n.Nom })));
        classeur.AddNamespaceDeclaration("r", $"{Ns}officeDocument/2006/relationships");
        Partie("xl/workbook.xml", classeur.OuterXml);
        Partie("xl/styles.xml", Styles().OuterXml);
        for (var i = 0; i < feuilles.Count; i++)
        {
            await using var flux = zip.CreateEntry($"xl/worksheets/sheet{i + 1}.xml", System.IO.Compression.CompressionLevel.Fastest).Open();
            using var w = OpenXmlWriter.Create(flux);
            w.WriteStartDocument(true);
            w.WriteStartElement(new Worksheet());
            w.WriteStartElement(new SheetData());
            Ligne(w, feuilles[i].Colonnes.Select(c => (Cellule)c), style: 3);
            await foreach (var l in feuilles[i].Lignes.WithCancellation(ct)) Ligne(w, l, style: 0);
            w.WriteEndElement();
            w.WriteEndElement();
            w.Close();
        }
    }

    /// <summary>Excel's limits on a sheet's name: 31 characters, none of : \ / ? * [ ].</summary>
    private static string NomDeFeuille(string nom)
    {
        var propre = new string(nom.Select(c => c is ':' or '\\' or '/' or '?' or '*' or '[' or ']' ? ' ' : c).ToArray());
        return propre.Length > 31 ? propre[..31] : propre;
    }

    private static void Ligne(OpenXmlWriter w, IEnumerable<Cellule> cellules, uint style)
    {
        w.WriteStartElement(new Row());
        foreach (var c in cellules)
        {
            if (c.Nombre is { } n)
                w.WriteElement(new Cell { CellValue = new CellValue(n.ToString("R", CultureInfo.InvariantCulture)), DataType = CellValues.Number });
            else if (c.Instant is { } utc)
            {
                var local = c.JourSeul ? utc : Fr.EnHeureDeParis(utc);
                w.WriteElement(new Cell { CellValue = new CellValue(local.ToOADate().ToString("R", CultureInfo.InvariantCulture)), StyleIndex = c.JourSeul ? 2u : 1u });
            }
            else if (string.IsNullOrEmpty(c.Texte))
                w.WriteElement(new Cell());
            else
                w.WriteElement(new Cell
                {
                    DataType = CellValues.InlineString, StyleIndex = style == 0 ? null : style,
                    InlineString = new InlineString(new Text(Neutraliser(Propre(c.Texte))) { Space = SpaceProcessingModeValues.Preserve }),
                });
        }
        w.WriteEndElement();
    }

    /// <summary>XML 1.0 has no place for most control characters: a pasted one would make the file unreadable.</summary>
    private static string Propre(string s) =>
        s.Any(ch => ch < 0x20 && ch is not ('\t' or '\n' or '\r')) ? new string(s.Where(ch => ch >= 0x20 || ch is '\t' or '\n' or '\r').ToArray()) : s;

    /// <summary>Style 1: date and time; 2: a day; 3: bold (the header row).</summary>
    private static Stylesheet Styles() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = "dd/mm/yyyy hh:mm" },
            new NumberingFormat { NumberFormatId = 165, FormatCode = "dd/mm/yyyy" }) { Count = 2 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 165, ApplyNumberFormat = true },
            new CellFormat { FontId = 1, ApplyFont = true }) { Count = 4 });
}
