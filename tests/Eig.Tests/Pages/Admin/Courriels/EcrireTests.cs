using System.Net;
using AngleSharp.Dom;
using Eig.Tests.Pages.Candidatures;
using Eig.Tests.Support;
using Eig.Web.AppelsAProjets;
using Eig.Web.Candidatures;
using Eig.Web.Comptes;
using Eig.Web.Contenus;
using Eig.Web.Instruction;
using Eig.Web.Promotions;
using Microsoft.EntityFrameworkCore;

namespace Eig.Tests.Pages.Admin.Courriels;

/// <summary>Staff write one mail to a group, from the back office's home or from a filtered list: preview with a
/// real recipient and the count, then one message per recipient through the outbox, tied to its record, audited.</summary>
public class EcrireTests : IAsyncLifetime
{
    private readonly EigWebFactory _f = new();
    public ValueTask InitializeAsync() => ValueTask.CompletedTask;
    public ValueTask DisposeAsync() => _f.DisposeAsync();

    private async Task<HttpClient> StaffAsync()
    {
        var client = _f.NewClient();
        await _f.SignInAsAsync(client, await _f.CreateUserAsync(Roles.Staff));
        return client;
    }

    private static string Lien(IDocument page, string texte) =>
        page.QuerySelectorAll("a").First(a => a.TextContent.Contains(texte, StringComparison.Ordinal)).GetAttribute("href")!;

    /// <summary>The send form of a preview, as the browser would post it.</summary>
    internal static FormUrlEncodedContent Envoi(IDocument apercu) =>
        new(apercu.QuerySelectorAll("form").First(f => (f.GetAttribute("action") ?? "").Contains("handler=Envoyer"))
            .QuerySelectorAll("input[type='hidden']").Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? "")));

    private static Dictionary<string, string> Texte(string sujet, string corps) => new() { ["Input.Sujet"] = sujet, ["Input.Corps"] = corps };

    [Fact]
    public async Task FromTheFilteredList_PreviewsWithARealDossier_ThenSendsToItsPorteursOnly()
    {
        var appel = await AapDonnees.AppelPublieAsync(_f);
        var porteurA = await _f.CreateUserAsync(Roles.Porteur);
        var porteurB = await _f.CreateUserAsync(Roles.Porteur);
        var a = await AapDonnees.DossierAsync(_f, appel.Id, porteurA.Id, puis: x => x.Titre = "Balises connectées");
        var b = await AapDonnees.DossierAsync(_f, appel.Id, porteurB.Id);
        var etiquette = await _f.WithDbAsync(async db =>
        {
            var e = Etiquette.Creer("Relancer", CouleursEtiquette.ParDefaut, DateTime.UtcNow);
            db.Etiquettes.Add(e);
            db.EtiquettesPosees.Add(new EtiquettePosee { EtiquetteId = e.Id, DossierId = a.Id, Le = DateTime.UtcNow });
            await db.SaveChangesAsync();
            return e.Id;
        });
        var client = await StaffAsync();

        var admin = await EigWebFactory.GetDocumentAsync(client, "/admin");
        Assert.Equal("/admin/courriels/ecrire", Lien(admin, "Écrire à un groupe"));
        var liste = await EigWebFactory.GetDocumentAsync(client, $"{admin.QuerySelectorAll("a").First(x => x.GetAttribute("href") == "/admin/dossiers").GetAttribute("href")}?Etiquette={etiquette}");
        var ecrire = Lien(liste, "Écrire aux porteurs");

        var r = await EigWebFactory.PostFormAsync(client, ecrire, Texte("Point sur {{reference}}", "Bonjour,\nvotre dossier « {{titre}} » est {{statut}}."), handler: "Apercu");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var apercu = await EigWebFactory.ParseAsync(r);
        var section = apercu.GetElementById("apercu")!.ParentElement!;
        Assert.Contains(porteurA.Email, apercu.GetElementById("apercu")!.TextContent);
        Assert.Contains($"Objet : Point sur {a.Reference}", section.TextContent);
        Assert.Contains("votre dossier « Balises connectées » est Déposé", section.TextContent.Replace("déposé", "Déposé"));
        Assert.Equal("Envoyer à 1 destinataire", section.QuerySelector("form button")!.TextContent.Trim().Replace('\u00a0', ' '));
        Assert.Equal(0, await _f.WithDbAsync(db => db.Outbox.CountAsync()));

        var envoi = await client.PostAsync("/admin/courriels/ecrire?handler=Envoyer", Envoi(apercu));

        Assert.Equal(HttpStatusCode.Redirect, envoi.StatusCode);
        var file = await _f.WithDbAsync(db => db.Outbox.ToListAsync());
        var m = Assert.Single(file);
        Assert.Equal((porteurA.Email, nameof(DossierProjet), (Guid?)a.Id), (m.A, m.ObjetType, m.ObjetId));
        var mail = Assert.Single(await _f.ReadMailsAsync());
        Assert.Equal($"Point sur {a.Reference}", mail.Subject);
        Assert.True(await _f.WithDbAsync(db => db.Audit.AnyAsync(x => x.Action == "courriels.publipostage" && x.Details!.Contains("1\u00a0destinataire") && x.Details.Contains("Relancer"))));
        var fiche = await EigWebFactory.GetDocumentAsync(client, $"/admin/dossiers/{a.Id}");
        Assert.Contains($"Point sur {a.Reference}", fiche.QuerySelector("section[aria-labelledby='courriels']")!.TextContent);
    }

    [Fact]
    public async Task Send_WhenTheGroupChangedSinceThePreview_ShowsTheNewCountAndSendsNothing()
    {
        var appel = await _f.AppelOuvertAsync();
        await _f.CandidatureAsync(appel, await _f.CreateUserAsync(Roles.Candidat));
        var client = await StaffAsync();
        var liste = await EigWebFactory.GetDocumentAsync(client, "/admin/candidatures?Etat=Deposee");
        var ecrire = Lien(liste, "Écrire aux candidatures");

        var apercu = await EigWebFactory.ParseAsync(await EigWebFactory.PostFormAsync(client, ecrire, Texte("Votre candidature", "Bonjour {{prenom}},\nmerci."), handler: "Apercu"));
        Assert.Contains("Envoyer à 1 destinataire", apercu.GetElementById("apercu")!.ParentElement!.TextContent.Replace('\u00a0', ' '));
        await _f.CandidatureAsync(appel, await _f.CreateUserAsync(Roles.Candidat), prenom: "Noé");

        var r = await client.PostAsync("/admin/courriels/ecrire?handler=Envoyer", Envoi(apercu));

        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var page = await EigWebFactory.ParseAsync(r);
        EigWebFactory.AssertHasError(page, "Input.Segment", "Le groupe a changé depuis l'aperçu : il compte maintenant 2\u00a0destinataires.");
        Assert.Contains("Envoyer à 2 destinataires", page.GetElementById("apercu")!.ParentElement!.TextContent.Replace('\u00a0', ' '));
        Assert.Equal(0, await _f.WithDbAsync(db => db.Outbox.CountAsync()));
    }

    [Fact]
    public async Task BadInput_FrenchMessagesNextToTheFields()
    {
        var client = await StaffAsync();

        var sansGroupe = await EigWebFactory.PostFormAsync(client, "/admin/courriels/ecrire", Texte("", "Bonjour"), handler: "Apercu");
        Assert.Equal(HttpStatusCode.BadRequest, sansGroupe.StatusCode);
        var p1 = await EigWebFactory.ParseAsync(sansGroupe);
        EigWebFactory.AssertHasError(p1, "Input.Segment", "Choisissez à qui écrire.");
        EigWebFactory.AssertHasError(p1, "Input.Sujet", "Renseignez l'objet du courriel.");

        var variable = await EigWebFactory.PostFormAsync(client, "/admin/courriels/ecrire?segment=Candidatures", Texte("Bonjour", "Votre dossier {{titre}}"), handler: "Apercu");
        Assert.Equal(HttpStatusCode.BadRequest, variable.StatusCode);
        EigWebFactory.AssertHasError(await EigWebFactory.ParseAsync(variable), "Input.Corps", "{{titre}} n'est pas une variable de ce courriel.");

        var eig = await EigWebFactory.PostFormAsync(client, "/admin/courriels/ecrire?segment=Eig", Texte("Bonjour", "Bonjour {{nom}}"), handler: "Apercu");
        Assert.Equal(HttpStatusCode.BadRequest, eig.StatusCode);
        EigWebFactory.AssertHasError(await EigWebFactory.ParseAsync(eig), "Input.Promotion", "Choisissez la promotion dont les EIG recevront le courriel.");

        var personne = await EigWebFactory.PostFormAsync(client, "/admin/courriels/ecrire?segment=Abonnes", Texte("La lettre", "Bonjour"), handler: "Apercu");
        Assert.Equal(HttpStatusCode.BadRequest, personne.StatusCode);
        EigWebFactory.AssertHasError(await EigWebFactory.ParseAsync(personne), "Input.Segment", "Aucun destinataire ne correspond à ce choix : élargissez-le.");
        Assert.Equal(0, await _f.WithDbAsync(db => db.Outbox.CountAsync()));
    }

    [Fact]
    public async Task PromotionsEig_EachWrittenToOnce_TiedToTheirCandidature()
    {
        var candidate = await _f.CreateUserAsync(Roles.Candidat);
        var autre = await _f.CreateUserAsync(Roles.Candidat);
        var appel = await _f.AppelOuvertAsync();
        var candidature = await _f.CandidatureAsync(appel, candidate);
        var promo = await _f.WithDbAsync(async db =>
        {
            var p = new Promotion { Numero = 9, Annee = 2026 };
            var ancienne = new Promotion { Numero = 8, Annee = 2025 };
            var d1 = new Defi { PromotionId = p.Id, Titre = "Mieux orienter", Slug = "mieux-orienter" };
            var d2 = new Defi { PromotionId = p.Id, Titre = "Données de santé", Slug = "donnees-sante" };
            var d3 = new Defi { PromotionId = ancienne.Id, Titre = "Ancien défi", Slug = "ancien" };
            db.AddRange(p, ancienne, d1, d2, d3);
            db.MembresEquipes.AddRange(
                new MembreEquipe { DefiId = d1.Id, UtilisateurId = candidate.Id, CandidatureId = candidature, NomComplet = "Léa Martin", Profil = "Dev" },
                new MembreEquipe { DefiId = d2.Id, UtilisateurId = candidate.Id, NomComplet = "Léa Martin", Profil = "Dev" },
                new MembreEquipe { DefiId = d3.Id, UtilisateurId = autre.Id, NomComplet = "Hors promotion", Profil = "Dev" });
            await db.SaveChangesAsync();
            return p;
        });
        var client = await StaffAsync();

        var apercu = await EigWebFactory.ParseAsync(await EigWebFactory.PostFormAsync(client, "/admin/courriels/ecrire",
            new Dictionary<string, string> { ["Input.Segment"] = "Eig", ["Input.Promotion"] = promo.Id.ToString(), ["Input.Sujet"] = "Séminaire", ["Input.Corps"] = "Bonjour {{nom}}, pour le défi {{defi}}." }, handler: "Apercu"));
        Assert.Contains("Bonjour Léa Martin, pour le défi", apercu.GetElementById("apercu")!.ParentElement!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync("/admin/courriels/ecrire?handler=Envoyer", Envoi(apercu))).StatusCode);

        var m = Assert.Single(await _f.WithDbAsync(db => db.Outbox.ToListAsync()));
        Assert.Equal((candidate.Email, nameof(Candidature), (Guid?)candidature), (m.A, m.ObjetType, m.ObjetId));
    }
}
