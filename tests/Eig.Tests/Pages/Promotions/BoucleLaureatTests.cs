using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Eig.Tests.Pages.Candidatures;
using Eig.Tests.Support;
using Eig.Web.AppelsAProjets;
using Eig.Web.Candidatures;
using Eig.Web.Comptes;
using Eig.Web.Contenus;
using Eig.Web.Promotions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Eig.Tests.Pages.Promotions;

/// <summary>The loop closed: a laureate becomes a défi of its call's promotion with its posts open; an accepted offer
/// puts the EIG in the team, on the public défi page, in the talents directory (with consent) and in the figures.</summary>
public class BoucleLaureatTests : IAsyncLifetime
{
    private readonly EigWebFactory _f = new();
    public ValueTask InitializeAsync() => ValueTask.CompletedTask;
    public ValueTask DisposeAsync() => _f.DisposeAsync();

    private async Task<HttpClient> ClientAsync(TestUser u)
    {
        var c = _f.NewClient();
        await _f.SignInAsAsync(c, u);
        return c;
    }

    [Fact]
    public async Task Laureate_BecomesDefiWithPosts_AcceptedOffer_ShowsOnDefiPageTalentsAndFigures()
    {
        var aac = await _f.AppelOuvertAsync();
        var appel = await AapDonnees.AppelPublieAsync(_f);
        var numero = await _f.WithDbAsync(db => db.Promotions.Where(p => p.Id == appel.PromotionId).Select(p => p.Numero).SingleAsync());
        var porteur = await _f.CreateUserAsync(Roles.Porteur);
        var dossier = await AapDonnees.DossierAsync(_f, appel.Id, porteur.Id, puis: x =>
        {
            x.CommencerInstruction(Guid.NewGuid(), DateTime.UtcNow);
            x.PreSelectionner(Guid.NewGuid(), "ok", DateTime.UtcNow);
            x.ConvoquerEnSoutenance(Guid.NewGuid(), DateTime.UtcNow);
        });
        var session = new SessionJury { AppelId = appel.Id, Titre = "Jury de mai", Date = new(2027, 5, 1) };
        var point = new PointOrdreDuJour { SessionId = session.Id, DossierId = dossier.Id, Ordre = 1 };
        point.Decider(EtatDossier.Laureat, "Projet solide", new Dictionary<string, int> { ["Directeur ou directrice de produit"] = 1, ["Directeur ou directrice technique"] = 0 });
        session.OrdreDuJour.Add(point);
        await _f.WithDbAsync(async db => { db.SessionsJury.Add(session); await db.SaveChangesAsync(); });
        var staffUser = await _f.CreateUserAsync(Roles.Staff);
        var staff = await ClientAsync(staffUser);
        var avant = await _f.Services.CreateScope().ServiceProvider.GetRequiredService<Indicateurs>().CalculerAsync();

        // The jury publishes: the défi exists with the dossier's administration and sponsor, its post is open.
        var pub = await EigWebFactory.PostFormAsync(staff, $"/admin/appels-a-projets/{appel.Id}/jury", new Dictionary<string, string> { ["sessionId"] = session.Id.ToString(), ["confirme"] = "true" }, handler: "Publier");
        Assert.Equal(HttpStatusCode.Redirect, pub.StatusCode);
        var defi = await _f.WithDbAsync(db => db.Defis.SingleAsync(d => d.DossierId == dossier.Id));
        Assert.Equal((appel.PromotionId, "Claire Martin", "Directrice", dossier.Administration, $"|{numero}|", false),
            (defi.PromotionId, defi.SponsorNom, defi.SponsorFonction, defi.Administration, defi.Promotions, defi.Publie));
        var poste = await _f.WithDbAsync(db => db.PostesOuverts.SingleAsync(p => p.DefiId == defi.Id));
        Assert.Equal(("produit", 1, porteur.Id), (poste.ProfilCode, poste.Nombre, poste.ReferentId));

        // Staff complete the défi from the promotion's page and publish it.
        var promoPage = await EigWebFactory.GetDocumentAsync(staff, $"/admin/promotions/{appel.PromotionId}");
        Assert.NotNull(promoPage.QuerySelector($"a[href='/admin/promotions/defis/{defi.Id}']"));
        var version = (await EigWebFactory.GetDocumentAsync(staff, $"/admin/promotions/defis/{defi.Id}")).QuerySelector<IHtmlInputElement>("input[name='Input.Version']")!.Value;
        var publication = await EigWebFactory.PostFormAsync(staff, $"/admin/promotions/defis/{defi.Id}", new Dictionary<string, string>
        {
            ["Input.Titre"] = defi.Titre, ["Input.Resume"] = "Simplifier le dossier des patients", ["Input.Administration"] = defi.Administration,
            ["Input.SponsorNom"] = "Claire Martin", ["Input.SponsorFonction"] = "Directrice", ["Input.Publie"] = "true", ["Input.Version"] = version,
        });
        Assert.Equal(HttpStatusCode.Redirect, publication.StatusCode);

        // A candidate of the vivier who consented to the directory, chosen by the administration, gets the offer and accepts it.
        var candidatUser = await _f.CreateUserAsync(Roles.Candidat);
        var candidatureId = await _f.CandidatureAsync(aac, candidatUser, EtatCandidature.Vivier, prenom: "Inès");
        var proposition = await _f.WithDbAsync(async db =>
        {
            var c = await db.Candidatures.SingleAsync(x => x.Id == candidatureId);
            c.AnnuairePublic = true;
            var p = Proposition.Proposer(await db.PostesOuverts.SingleAsync(x => x.Id == poste.Id), c, [], "Profil produit santé", staffUser.Id, DateTime.UtcNow);
            p.Decider(true, "Très convaincante", porteur.Id, DateTime.UtcNow);
            db.Propositions.Add(p);
            await db.SaveChangesAsync();
            return p;
        });
        Assert.Equal(HttpStatusCode.Redirect, (await EigWebFactory.PostFormAsync(staff, $"/admin/recrutement/offres/{proposition.Id}", new Dictionary<string, string>
        {
            ["Input.DateDebut"] = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(2).ToString("yyyy-MM-dd"), ["Input.DureeMois"] = "12",
        })).StatusCode);
        var offre = await _f.WithDbAsync(db => db.Offres.SingleAsync(o => o.CandidatureId == candidatureId));
        var candidat = await ClientAsync(candidatUser);
        var offreDoc = await EigWebFactory.GetDocumentAsync(candidat, $"/espace-candidat/offre/{offre.Id}");
        var token = offreDoc.QuerySelector<IHtmlInputElement>($"form[action*='Accepter'] input[name='{EigWebFactory.AntiforgeryField}']")!.Value;
        var accepter = await candidat.PostAsync($"/espace-candidat/offre/{offre.Id}?handler=Accepter", new FormUrlEncodedContent([new(EigWebFactory.AntiforgeryField, token)]));
        Assert.Equal(HttpStatusCode.Redirect, accepter.StatusCode);

        // In the team (read on the staff défi page), on the public défi page and in the talents directory.
        var membre = await _f.WithDbAsync(db => db.MembresEquipes.SingleAsync(m => m.DefiId == defi.Id));
        Assert.NotNull(membre.PersonneId);
        var personne = await _f.WithDbAsync(db => db.Personnes.SingleAsync(p => p.Id == membre.PersonneId));
        Assert.Equal((RolePersonne.Participant, $"|{defi.Slug}|", $"|{numero}|", true), (personne.Role, personne.Defis, personne.Promotions, personne.ConsentementProfilPublic));
        Assert.Contains("Inès Martin", (await EigWebFactory.GetDocumentAsync(staff, $"/admin/promotions/defis/{defi.Id}")).Body!.TextContent);
        var anonyme = _f.NewClient();
        var page = await EigWebFactory.GetDocumentAsync(anonyme, $"/defis/{defi.Slug}");
        Assert.Contains("Inès Martin", page.Body!.TextContent);
        var talents = await EigWebFactory.GetDocumentAsync(anonyme, "/talents");
        Assert.Contains("Inès Martin", talents.Body!.TextContent);
        // Her card names the défi and leads to her page, which links to it (the card is one link as a whole).
        var carte = talents.QuerySelectorAll(".fr-card").Single(c => c.TextContent.Contains("Inès Martin"));
        Assert.Contains(defi.Titre, carte.TextContent);
        var fiche = await EigWebFactory.GetDocumentAsync(anonyme, carte.QuerySelector(".fr-card__title a")!.GetAttribute("href")!);
        Assert.NotNull(fiche.QuerySelector($"main a[href='/defis/{defi.Slug}']"));

        // In the figures: one more EIG, one more défi, one more administration (its name is new).
        var apres = await _f.Services.CreateScope().ServiceProvider.GetRequiredService<Indicateurs>().CalculerAsync();
        Assert.Equal((avant.Eig + 1, avant.Defis + 1, avant.Administrations + 1), (apres.Eig, apres.Defis, apres.Administrations));
        var accueil = await EigWebFactory.GetDocumentAsync(anonyme, "/");
        Assert.Equal(apres.Eig.ToString(), accueil.QuerySelector("[data-chiffre='eig']")!.TextContent.Trim());
        Assert.Contains(Indicateurs.DefinitionEig, accueil.Body!.TextContent);
    }

    [Fact]
    public async Task WithoutConsent_EigIsCountedButNotShown()
    {
        var aac = await _f.AppelOuvertAsync();
        var porteur = await _f.CreateUserAsync(Roles.Porteur);
        var (defiId, posteId) = await _f.DefiAvecPosteAsync(aac, porteur, titre: "Eau potable");
        await _f.WithDbAsync(async db => { var d = await db.Defis.SingleAsync(x => x.Id == defiId); d.Publie = true; await db.SaveChangesAsync(); return 0; });
        var candidatUser = await _f.CreateUserAsync(Roles.Candidat);
        var candidatureId = await _f.CandidatureAsync(aac, candidatUser, EtatCandidature.Vivier, prenom: "Discrète");
        await _f.WithDbAsync(async db =>
        {
            var c = await db.Candidatures.SingleAsync(x => x.Id == candidatureId);
            var defi = await db.Defis.SingleAsync(x => x.Id == defiId);
            await new Equipes(db).AccueillirAsync(c, defi, "Directeur ou directrice de produit", new DateOnly(2027, 9, 15), DateTime.UtcNow);
            await db.SaveChangesAsync();
            return 0;
        });
        var slug = await _f.WithDbAsync(db => db.Defis.Where(d => d.Id == defiId).Select(d => d.Slug).SingleAsync());
        var anonyme = _f.NewClient();
        Assert.DoesNotContain("Discrète", (await EigWebFactory.GetDocumentAsync(anonyme, $"/defis/{slug}")).Body!.TextContent);
        Assert.DoesNotContain("Discrète", (await EigWebFactory.GetDocumentAsync(anonyme, "/talents")).Body!.TextContent);
        var chiffres = await _f.Services.CreateScope().ServiceProvider.GetRequiredService<Indicateurs>().CalculerAsync();
        Assert.Equal(1, chiffres.Eig);
    }
}
