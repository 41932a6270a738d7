using System.Net;
using Eig.Tests.Support;
using Eig.Web.AppelsAProjets;
using Eig.Web.Comptes;
using Eig.Web.Infrastructure.Formats;
using Eig.Web.Infrastructure.Mail;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Eig.Tests.Pages.Admin.Courriels;

/// <summary>Staff edit the automatic mails' words: reached from the back office's home, checked, previewed with a
/// real dossier, versioned, per call; the sending code then uses the saved text.</summary>
public class ModelesTests : IAsyncLifetime
{
    private readonly EigWebFactory _f = new();
    public ValueTask InitializeAsync() => ValueTask.CompletedTask;
    public ValueTask DisposeAsync() => _f.DisposeAsync();

    private const string Url = "/admin/courriels/modeles/aap.statut";

    private async Task<HttpClient> StaffAsync()
    {
        var client = _f.NewClient();
        await _f.SignInAsAsync(client, await _f.CreateUserAsync(Roles.Staff));
        return client;
    }

    private static Dictionary<string, string> Texte(string corps, string sujet = "Dossier {{reference}} : {{statut}}") => new()
    {
        ["Input.Sujet"] = sujet, ["Input.Titre"] = "Le statut a changé", ["Input.Corps"] = corps, ["Input.Bouton"] = "Voir", ["Input.Note"] = "",
    };

    /// <summary>Queues the status mail of <paramref name="d"/> through the sending code and returns it.</summary>
    private async Task<OutboxMessage> StatutAsync(DossierProjet d)
    {
        using var scope = _f.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Eig.Web.Infrastructure.Database.EigDbContext>();
        var dossier = await db.DossiersProjets.SingleAsync(x => x.Id == d.Id);
        await scope.ServiceProvider.GetRequiredService<AapMails>().ChangementStatutAsync(dossier, null);
        await db.SaveChangesAsync();
        return await db.Outbox.AsNoTracking().Where(m => m.ObjetId == d.Id).OrderByDescending(m => m.CreeLe).ThenByDescending(m => m.Id).FirstAsync();
    }

    [Fact]
    public void Gabarit_FillsKnownPlaceholders_AndNamesUnknownOnes()
    {
        var variables = ModelesAap.ChangementStatut.Variables;

        Assert.Equal("Dossier AAP-0042 : ", Gabarit.Remplir("Dossier {{ reference }} : {{motif}}", new Dictionary<string, string?> { ["reference"] = "AAP-0042" }));
        Assert.Null(Gabarit.Erreur("Bonjour {{titre}}, {{ statut }}", variables));
        Assert.StartsWith("{{prenom}} n'est pas une variable de ce courriel. Variables possibles : {{reference}}", Gabarit.Erreur("Bonjour {{prenom}}", variables));
        Assert.Contains("accolade", Gabarit.Erreur("Bonjour {{titre}", variables));
    }

    [Fact]
    public async Task Staff_ReachTheTemplateFromTheBackOffice()
    {
        var client = await StaffAsync();

        var admin = await EigWebFactory.GetDocumentAsync(client, "/admin");
        var liste = admin.QuerySelectorAll("a").First(a => a.TextContent.Contains("Modèles de courriels")).GetAttribute("href")!;
        var page = await EigWebFactory.GetDocumentAsync(client, liste);
        var lien = page.QuerySelectorAll("a").First(a => a.TextContent.Trim() == ModelesAap.ChangementStatut.Nom).GetAttribute("href")!;
        var modele = await EigWebFactory.GetDocumentAsync(client, lien);

        Assert.Equal(Url, lien);
        Assert.Equal(ModelesAap.ChangementStatut.Defaut.Sujet, ((IHtmlInputElement)modele.QuerySelector("[name='Input.Sujet']")!).Value);
        Assert.Contains("{{motif}}", modele.QuerySelector("table")!.TextContent);
    }

    [Fact]
    public async Task Post_UnknownPlaceholder_ShowsFrenchMessageNextToTheField_AndSavesNothing()
    {
        var client = await StaffAsync();

        var r = await EigWebFactory.PostFormAsync(client, Url, Texte("Bonjour {{prenom}}, votre dossier {{titre}} avance."));

        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        EigWebFactory.AssertHasError(await EigWebFactory.ParseAsync(r), "Input.Corps", "{{prenom}} n'est pas une variable de ce courriel.");
        Assert.Equal(0, await _f.WithDbAsync(db => db.ModelesCourriels.CountAsync()));
    }

    [Fact]
    public async Task Apercu_RendersTheDraftWithARealDossier_WithoutSaving()
    {
        var appel = await AapDonnees.AppelPublieAsync(_f);
        var porteur = await _f.CreateUserAsync(Roles.Porteur);
        var d = await AapDonnees.DossierAsync(_f, appel.Id, porteur.Id, puis: x => x.Titre = "Balises connectées");
        var client = await StaffAsync();

        var r = await EigWebFactory.PostFormAsync(client, Url, Texte("Votre projet « {{titre}} » ({{reference}}) : {{statut}}."), handler: "Apercu");
        var apercu = (await EigWebFactory.ParseAsync(r)).GetElementById("apercu")!.ParentElement!.TextContent;

        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Contains($"Objet : Dossier {d.Reference} : {EtatsDossier.Libelle(d.Etat)}", apercu);
        Assert.Contains($"Votre projet « Balises connectées » ({d.Reference}) : {EtatsDossier.Libelle(d.Etat)}.", apercu);
        Assert.Equal(0, await _f.WithDbAsync(db => db.ModelesCourriels.CountAsync()));
    }

    [Fact]
    public async Task Save_IsUsedByTheSendingCode_KeepsVersions_AndAnOlderOneCanBePutBack()
    {
        var appel = await AapDonnees.AppelPublieAsync(_f);
        var d = await AapDonnees.DossierAsync(_f, appel.Id, (await _f.CreateUserAsync(Roles.Porteur)).Id);
        var client = await StaffAsync();
        Assert.Equal($"Dossier {d.Reference} : {EtatsDossier.Libelle(d.Etat)}", (await StatutAsync(d)).Sujet);

        var r1 = await EigWebFactory.PostFormAsync(client, Url, Texte("Première version pour {{titre}}.", "Du nouveau sur {{reference}}"));
        Assert.Equal(HttpStatusCode.Redirect, r1.StatusCode);
        var v1 = await StatutAsync(d);
        Assert.Equal($"Du nouveau sur {d.Reference}", v1.Sujet);
        Assert.Contains($"Première version pour {d.Titre}.", v1.CorpsTexte);

        await EigWebFactory.PostFormAsync(client, Url, Texte("Deuxième version.", "Deuxième"));
        Assert.Equal("Deuxième", (await StatutAsync(d)).Sujet);

        var page = await EigWebFactory.GetDocumentAsync(client, Url);
        var versions = page.GetElementById("versions")!.ParentElement!.QuerySelectorAll("tbody tr").ToList();
        Assert.Equal(2, versions.Count);
        Assert.Contains("Camille Test", versions[1].TextContent);
        var enregistree = await _f.WithDbAsync(db => db.ModelesCourriels.Where(v => v.Numero == 1).Select(v => v.EnregistreeLe).SingleAsync());
        Assert.Contains(Fr.DateEtHeure(enregistree), versions[1].TextContent);

        var retablir = await EigWebFactory.PostFormAsync(client, Url, new Dictionary<string, string>(), handler: "Retablir");
        Assert.Equal(HttpStatusCode.Redirect, retablir.StatusCode);
        Assert.Equal($"Du nouveau sur {d.Reference}", (await StatutAsync(d)).Sujet);
        Assert.Equal(3, await _f.WithDbAsync(db => db.ModelesCourriels.CountAsync()));
    }

    [Fact]
    public async Task CallOverride_AppliesToThatCallsDossiersOnly()
    {
        var appelA = await AapDonnees.AppelPublieAsync(_f);
        var appelB = await AapDonnees.AppelPublieAsync(_f);
        var porteur = await _f.CreateUserAsync(Roles.Porteur);
        var dA = await AapDonnees.DossierAsync(_f, appelA.Id, porteur.Id);
        var dB = await AapDonnees.DossierAsync(_f, appelB.Id, porteur.Id);
        var client = await StaffAsync();

        var r = await EigWebFactory.PostFormAsync(client, $"{Url}?appel={appelA.Id}", Texte("Texte de l'appel A.", "Appel A : {{reference}}"));

        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.Equal($"Appel A : {dA.Reference}", (await StatutAsync(dA)).Sujet);
        Assert.Equal($"Dossier {dB.Reference} : {EtatsDossier.Libelle(dB.Etat)}", (await StatutAsync(dB)).Sujet);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{Url}?appel={Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task Markup_InATemplate_IsSentAsText()
    {
        var appel = await AapDonnees.AppelPublieAsync(_f);
        var d = await AapDonnees.DossierAsync(_f, appel.Id, (await _f.CreateUserAsync(Roles.Porteur)).Id);
        var client = await StaffAsync();

        await EigWebFactory.PostFormAsync(client, Url, Texte("<script>alert(1)</script> <b>{{titre}}</b>"));
        var m = await StatutAsync(d);

        Assert.DoesNotContain("<script>", m.CorpsHtml);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &lt;b&gt;", m.CorpsHtml);
    }

    [Fact]
    public void EveryTemplate_HasAUniqueKey_AndItsDefaultTextOnlyUsesItsVariables()
    {
        Assert.Equal(MailTemplates.Modeles.Count, MailTemplates.Modeles.Select(m => m.Cle).Distinct().Count());
        Assert.True(MailTemplates.Modeles.Count >= 35);
        foreach (var m in MailTemplates.Modeles)
            foreach (var t in new[] { m.Defaut.Sujet, m.Defaut.Titre, m.Defaut.Corps, m.Defaut.Bouton, m.Defaut.Note })
                Assert.True(Gabarit.Erreur(t, m.Variables) is null, $"{m.Cle} : {Gabarit.Erreur(t, m.Variables)}");
    }
}
