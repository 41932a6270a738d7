using System.Globalization;

namespace Eig.Web.Infrastructure.Http;

/// <summary>The page of a list asked for by <c>?page=N</c>. Razor Pages keep the name "page" for their own route
/// value (the page's path), so a property bound under that name always read 1: every paginated list reads it here.</summary>
public static class Pagination
{
    public static int NumeroDemande(HttpRequest requete) =>
        int.TryParse(requete.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 1;
}
