using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Eig.Tests.Pages.Candidatures;
using Eig.Tests.Support;
using Eig.Web.Comptes;
using Eig.Web.Recherche;

namespace Eig.Tests.Pages.Admin;

/// <summary>Staff's one search box, used as staff use it: from the back office's home, by typing in the box.</summary>
public class RechercheTests(EigWebFactory factory) : IClassFixture<EigWebFactory>
{
    private readonly string _mot = "Zéphyr" + Guid.NewGuid().ToString("N")[..6];
    private readonly string _jeton = "zephyr" + Guid.NewGuid().ToString("N")[..6];

    /// <summary>Fills the search box of <paramref name="page"/> and submits it as the browser does (GET to its action).</summary>
    private static async Task<IDocument> ChercherAsync(HttpClient client, string page, string terme)
    {
        var doc = await EigWebFactory.GetDocumentAsync(client, page);
        var form = doc.QuerySelector<IHtmlFormElement>("form[role='search']");
        Assert.NotNull(form);
        Assert.Equal("get", form.Method, ignoreCase: true);
        var champ = form.QuerySelector<IHtmlInputElement>("input[type='search']")!;
        Assert.NotNull(doc.QuerySelector($"label[for='{champ.Id}']"));
        var action = form.GetAttribute("action")!;
        return await EigWebFactory.GetDocumentAsync(client, $"{action}?{champ.Name}={Uri.EscapeDataString(terme)}");
    }

    private static List<(string Texte, string Lien)> Liens(IDocument doc) =>
        doc.QuerySelectorAll("main section li a").Select(a => (a.TextContent.Trim(), a.GetAttribute("href")!)).ToList();

    [Fact]
    public async Task Staff_FindsADossier_ByTitleOrNumber_AndOpensIt_FromTheBackOfficeHome()
    {
        var staff = await factory.CreateUserAsync(Roles.Staff);
        var porteur = await factory.CreateUserAsync(Roles.Porteur);
        var appel = await AapDonnees.AppelPublieAsync(factory);
        var dossier = await AapDonnees.DossierAsync(factory, appel.Id, porteur.Id,
            puis: d => { d.Titre = $"Cartographie des zones humides {_mot}"; d.Administration = "Direction de l'eau"; });
        var brouillon = await AapDonnees.DossierAsync(factory, appel.Id, porteur.Id, deposer: false,
            puis: d => d.Titre = $"Brouillon {_mot}");
        using var client = factory.NewClient();
        await factory.SignInAsAsync(client, staff);

        var resultats = await ChercherAsync(client, "/admin", _mot.ToLowerInvariant()[..7] + _mot[7..]);
        var liens = Liens(resultats);
        var lien = Assert.Single(liens, l => l.Lien == $"/admin/dossiers/{dossier.Id}");
        Assert.Contains($"AAP-{dossier.Numero:0000}", lien.Texte);
        Assert.DoesNotContain(liens, l => l.Lien == $"/admin/dossiers/{brouillon.Id}");   // drafts stay with their porteur

        var fiche = await EigWebFactory.GetDocumentAsync(client, lien.Lien);
        Assert.Contains($"Cartographie des zones humides {_mot}", fiche.QuerySelector("main")!.TextContent);

        // By its number, as it is written on the receipt, from the results page's own box.
        var parNumero = await ChercherAsync(client, "/admin/recherche", $"AAP-{dossier.Numero:0000}");
        Assert.Contains(Liens(parNumero), l => l.Lien == $"/admin/dossiers/{dossier.Id}");
    }

    [Fact]
    public async Task Staff_FindsACandidature_ADefi_AndAnAccount()
    {
        var staff = await factory.CreateUserAsync(Roles.Staff);
        var candidat = await factory.CreateUserAsync(Roles.Candidat, email: $"lea.{_jeton}@exemple.fr");
        var porteur = await factory.CreateUserAsync(Roles.Porteur);
        var appel = await factory.AppelOuvertAsync();
        var candidature = await factory.CandidatureAsync(appel, candidat, prenom: "Léa");
        var (defiId, _) = await factory.DefiAvecPosteAsync(appel, porteur, titre: $"Alertes crues {_mot}");
        using var client = factory.NewClient();
        await factory.SignInAsAsync(client, staff);

        var parAdresse = await ChercherAsync(client, "/admin", _jeton);
        var liens = Liens(parAdresse);
        Assert.Contains(liens, l => l.Lien == $"/admin/candidatures/{candidature}" && l.Texte == "Léa Martin");
        Assert.Contains(liens, l => l.Lien.StartsWith("/admin/utilisateurs?Recherche=") && l.Lien.Contains(Uri.EscapeDataString(candidat.Email)));
        Assert.Equal(["Candidatures", "Comptes"], parAdresse.QuerySelectorAll("main h2").Select(h => h.TextContent.Trim()));

        var parTitre = await ChercherAsync(client, "/admin", $"crues {_mot}");
        Assert.Equal([($"Alertes crues {_mot}", $"/admin/promotions/defis/{defiId}")], Liens(parTitre));

        var candidatureOuverte = await EigWebFactory.GetDocumentAsync(client, $"/admin/candidatures/{candidature}");
        Assert.Contains("Martin", candidatureOuverte.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task PostgreSql_MatchesWordsInAnyOrder_SqliteMatchesTheTypedText()
    {
        var staff = await factory.CreateUserAsync(Roles.Staff);
        var porteur = await factory.CreateUserAsync(Roles.Porteur);
        var appel = await AapDonnees.AppelPublieAsync(factory);
        var dossier = await AapDonnees.DossierAsync(factory, appel.Id, porteur.Id,
            puis: d => d.Titre = $"Numérique en santé {_mot}");
        using var client = factory.NewClient();
        await factory.SignInAsAsync(client, staff);

        var doc = await ChercherAsync(client, "/admin", $"{_mot} santé");
        var trouve = Liens(doc).Any(l => l.Lien == $"/admin/dossiers/{dossier.Id}");
        // French full-text search on PostgreSQL finds the words wherever they are; SQLite's plain match does not.
        Assert.Equal(TestDatabase.PostgresServer is not null, trouve);
    }

    [Theory]
    [InlineData("a", "Saisissez au moins 2 caractères.")]
    [InlineData("  ", "Saisissez au moins 2 caractères.")]
    public async Task TooShort_SaysSoUnderTheBox_AndSearchesNothing(string terme, string message)
    {
        var staff = await factory.CreateUserAsync(Roles.Staff);
        using var client = factory.NewClient();
        await factory.SignInAsAsync(client, staff);

        var doc = await ChercherAsync(client, "/admin", terme);
        var champ = doc.QuerySelector<IHtmlInputElement>("form[role='search'] input[type='search']")!;
        Assert.Equal("true", champ.GetAttribute("aria-invalid"));
        Assert.Equal(message, doc.GetElementById(champ.GetAttribute("aria-describedby")!)!.TextContent.Trim());
        Assert.Empty(doc.QuerySelectorAll("main h2"));
    }

    [Fact]
    public async Task Wildcards_AreText_NotPatterns()
    {
        var staff = await factory.CreateUserAsync(Roles.Staff);
        var porteur = await factory.CreateUserAsync(Roles.Porteur);
        var appel = await AapDonnees.AppelPublieAsync(factory);
        await AapDonnees.DossierAsync(factory, appel.Id, porteur.Id);   // there is something a pattern would match
        using var client = factory.NewClient();
        await factory.SignInAsAsync(client, staff);

        var doc = await ChercherAsync(client, "/admin", "%_%");
        Assert.Empty(Liens(doc));
        Assert.Contains("Aucun résultat.", doc.QuerySelector("main [role='status']")!.TextContent);
    }

    [Theory]
    [InlineData("AAP-0012", 12)]
    [InlineData("aap 7", 7)]
    [InlineData("0042", 42)]
    [InlineData("AAP-", null)]
    [InlineData("zones 12", null)]
    public void DossierNumbers_AreReadAsWritten(string terme, int? numero) =>
        Assert.Equal(numero, RechercheEquipe.NumeroDossier(terme));
}
