using PdfSharp.Pdf;

namespace Eig.Tests.Support;

/// <summary>Real PDFs for upload tests (PDFsharp writes them): a plain one, and ones with active content.</summary>
public static class PdfDeTest
{
    public static byte[] Simple() => Ecrire(_ => { });

    /// <summary>Opens with a JavaScript action, as a booby-trapped attachment would.</summary>
    public static byte[] AvecJavaScript() => Ecrire(doc =>
    {
        var action = new PdfDictionary(doc);
        action.Elements["/S"] = new PdfName("/JavaScript");
        action.Elements["/JS"] = new PdfString("app.alert('piège')");
        doc.Internals.AddObject(action);
        doc.Internals.Catalog.Elements["/OpenAction"] = action.Reference;
    });

    /// <summary>Opens with a launch action (runs a program on some readers).</summary>
    public static byte[] AvecLancement() => Ecrire(doc =>
    {
        var action = new PdfDictionary(doc);
        action.Elements["/S"] = new PdfName("/Launch");
        action.Elements["/F"] = new PdfString("cmd.exe");
        doc.Internals.AddObject(action);
        doc.Internals.Catalog.Elements["/OpenAction"] = action.Reference;
    });

    private static byte[] Ecrire(Action<PdfDocument> ajouter)
    {
        // The app's own PDFsharp set-up (licence choice), whether or not a factory has started yet.
        Eig.Web.Infrastructure.Pdf.PdfSetup.Installer();
        using var doc = new PdfDocument();
        doc.AddPage();
        ajouter(doc);
        using var ms = new MemoryStream();
        doc.Save(ms);
        return ms.ToArray();
    }
}
