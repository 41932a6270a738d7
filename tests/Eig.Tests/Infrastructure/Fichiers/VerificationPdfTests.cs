using System.Text;
using Eig.Tests.Support;
using Eig.Web.Infrastructure.Fichiers;

namespace Eig.Tests.Infrastructure.Fichiers;

/// <summary>The scan for active names in clear, on the bytes: a name is found after a slash, #xx escapes decoded
/// (the slash itself included), and only when no letter follows it. A text that is no PDF and names nothing active
/// goes on to PDFsharp, which finds it damaged.</summary>
public class VerificationPdfTests
{
    [Theory]
    [InlineData("1 0 obj << /S /JavaScript >>")]
    [InlineData("<< /J#61vaScript (x) >>")]
    [InlineData("<< #2FJS (app.alert(1)) >>")]
    [InlineData("<< /#4A#53 (x) >>")]
    [InlineData("<< /AA << >> /Launch")]
    [InlineData("/EmbeddedFile")]
    [InlineData("/EmbeddedFiles[")]
    [InlineData("/XFA 3 0 R")]
    [InlineData("/RichMedia#20")]
    public void NomActifEnClair_EstRefuse(string texte) =>
        Assert.Equal(Televersement.ErreurContenuActif, VerificationPdf.Verifier(Encoding.Latin1.GetBytes(texte)));

    [Theory]
    [InlineData("<< /JSON /JavaScripts /Launcher >>")]
    [InlineData("<< /JavaScript#41 >>")]
    [InlineData("<< /EmbeddedFilesX /XFAb >>")]
    [InlineData("JavaScript sans barre, ## #4 #ZZ #")]
    [InlineData("/")]
    [InlineData("")]
    public void SansNomActif_VaAuLecteurPdf(string texte) =>
        Assert.Equal(Televersement.ErreurEndommage, VerificationPdf.Verifier(Encoding.Latin1.GetBytes(texte)));

    [Fact]
    public void PdfSimple_EstAccepte() => Assert.Null(VerificationPdf.Verifier(PdfDeTest.Simple()));
}
