using PdfSharp.Fonts;

namespace Eig.Web.Infrastructure.Pdf;

/// <summary>PDFsharp's process-wide set-up, done once for every PDF the service writes (dossier summaries, decision
/// letters, mission letters).</summary>
public static class PdfSetup
{
    /// <summary>PDFsharp's embedded font set: the PDFs don't depend on what the server has installed.</summary>
    public const string Famille = "Segoe WP";
    private static readonly Lock Verrou = new();

    public static void Installer()
    {
        lock (Verrou)
        {
            // From 6.5, PDFsharp refuses to work until a licence is chosen: the AGPL one, which binds the service's
            // code to AGPL-compatible terms (the owners' decision to confirm; a commercial key would be set here).
            PdfSharp.PdfSharpLicense.SetAgplLicense();
            // PDFsharp allows one resolver per process.
            if (GlobalFontSettings.FontResolver is null)
                GlobalFontSettings.FontResolver = new PdfSharp.Snippets.Font.SegoeWpFontResolver();
        }
    }
}
