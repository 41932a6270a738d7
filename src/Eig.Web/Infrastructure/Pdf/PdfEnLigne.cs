using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Eig.Web.Infrastructure.Pdf;

/// <summary>A stored PDF answered so that the browser opens it in a tab (inline) under its own name, rather than
/// saving it straight away.</summary>
public static class PdfEnLigne
{
    public static FileContentResult Ouvrir(HttpResponse response, byte[] contenu, string nomFichier)
    {
        var disposition = new ContentDispositionHeaderValue("inline");
        disposition.SetHttpFileName(nomFichier);
        response.Headers.ContentDisposition = disposition.ToString();
        return new FileContentResult(contenu, "application/pdf");
    }
}
