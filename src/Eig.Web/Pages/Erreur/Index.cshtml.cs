using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eig.Web.Pages.Erreur;

/// <summary>The error pages, in French, for every status the service answers with (404, 403, 500…).</summary>
[IgnoreAntiforgeryToken]
public class IndexModel(ILogger<IndexModel> logger) : PageModel
{
    public int Code { get; private set; }
    public string Titre { get; private set; } = "";
    public string Explication { get; private set; } = "";
    public string Conseil { get; private set; } = "";
    /// <summary>For a 500: the request's trace id, to quote to the team, who find it in the logs.</summary>
    public string? Reference { get; private set; }

    // The status comes from the route (or the original response), never from a form field named "code".
    public void OnGet([FromRoute] int code) => Render(code);
    public void OnPost([FromRoute] int code) => Render(code);

    private void Render(int code)
    {
        // Re-executed by the status-code pages: answer with the original status, never 200.
        var original = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        var exception = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        if (exception is not null)
        {
            // The one error entry of this failure (the exception handler's own entry is off in appsettings.json, EF's are
            // Debug: DatabaseSetup.Configure).
            Reference = Eig.Web.Infrastructure.Observabilite.Reference.De(HttpContext);
            logger.LogError(exception.Error, "Erreur non gérée {Reference} sur {Method} {Path}", Reference, Request.Method, exception.Path);
            code = 500;
        }
        else if (original is not null)
        {
            code = original.OriginalStatusCode;
        }
        if (code is < 400 or > 599) code = 404;
        Code = code;
        Response.StatusCode = code;
        (Titre, Explication, Conseil) = code switch
        {
            404 => ("Page non trouvée", "La page que vous cherchez est introuvable. Excusez-nous pour la gêne occasionnée.",
                "Si vous avez tapé l'adresse web dans le navigateur, vérifiez qu'elle est correcte. La page n'est peut-être plus disponible."),
            403 => ("Accès refusé", "Vous n'avez pas accès à cette page avec votre compte.",
                "Si vous pensez que c'est une erreur, contactez l'équipe du programme."),
            405 => ("Méthode non autorisée", "Cette adresse ne répond pas à ce type de demande.",
                "Revenez à la page précédente et utilisez ses liens et ses boutons."),
            413 => ("Envoi trop volumineux", "Ce que vous avez envoyé dépasse la taille acceptée.",
                "Réduisez la taille du fichier ou du texte, puis réessayez."),
            429 => ("Trop de tentatives", "Vous avez envoyé trop de demandes en peu de temps.",
                Response.Headers.RetryAfter.Count > 0 ? $"Patientez {Response.Headers.RetryAfter} secondes, puis réessayez." : "Patientez une minute, puis réessayez."),
            >= 500 => ("Erreur inattendue", "Désolé, le service rencontre un problème, nous travaillons pour le résoudre le plus rapidement possible.",
                "Essayez de rafraîchir la page ou bien réessayez plus tard."),
            _ => ("Demande incorrecte", "La demande n'a pas pu être traitée.", "Revenez à la page précédente et réessayez."),
        };
    }
}
