using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Eig.Tests.Pages.Candidatures;
using Eig.Tests.Support;
using Eig.Web.Candidatures;
using Eig.Web.Comptes;
using Eig.Web.Evenements;
using Microsoft.EntityFrameworkCore;
using static Eig.Tests.Pages.Candidatures.AacKit;

namespace Eig.Tests.Pages.Concurrence;

/// <summary>The races of an opening day, sent at once through the real pages, on SQLite and on PostgreSQL (the suite
/// runs on both): every answer is a redirect or a French refusal (never a 500), and the database keeps exactly what
/// was acknowledged.</summary>
public class CoursesTests(AacFactory factory) : IClassFixture<AacFactory>
{
    /// <summary>Loads <paramref name="url"/> (its antiforgery token, like a browser), then returns a sender of the form.</summary>
    private static async Task<Func<Dictionary<string, string>, Task<HttpResponseMessage>>> FormulaireAsync(HttpClient client, string url, string? action = null)
    {
        var doc = await EigWebFactory.GetDocumentAsync(client, url);
        var token = doc.QuerySelector<IHtmlInputElement>($"input[name='{EigWebFactory.AntiforgeryField}']")!.Value;
        return champs => client.PostAsync(action ?? url,
            new FormUrlEncodedContent(new Dictionary<string, string>(champs) { [EigWebFactory.AntiforgeryField] = token }));
    }

    private static void AucuneErreurServeur(IEnumerable<HttpResponseMessage> reponses) =>
        Assert.All(reponses, r => Assert.True(r.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.BadRequest,
            $"réponse {(int)r.StatusCode} au lieu d'une redirection ou d'un refus"));

    private async Task<Guid> CreneauAsync()
    {
        var c = new CreneauAppel { Debut = DateTime.UtcNow.Date.AddDays(5).AddMinutes(Random.Shared.Next(0, 500_000) * 20) };
        await factory.WithDbAsync(async db => { db.CreneauxAppel.Add(c); await db.SaveChangesAsync(); });
        return c.Id;
    }

    private static Dictionary<string, string> Reservation(Guid creneau, string email) => new()
    {
        ["Input.Creneau"] = creneau.ToString(), ["Input.Nom"] = "Dominique", ["Input.Email"] = email, ["Input.Objet"] = "Parler d'un défi",
    };

    [Fact]
    public async Task VingtReservations_DUnCreneau_UneSeuleGagneEtUnSeulMail()
    {
        var creneau = await CreneauAsync();
        var jeton = Guid.NewGuid().ToString("N")[..8];
        var envois = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => FormulaireAsync(factory.NewClient(), "/rendez-vous")));

        var reponses = await Task.WhenAll(envois.Select((envoyer, i) => envoyer(Reservation(creneau, $"r{i}-{jeton}@exemple.fr"))));

        AucuneErreurServeur(reponses);
        Assert.Single(reponses, r => r.StatusCode == HttpStatusCode.Redirect);
        Assert.Equal(1, await factory.WithDbAsync(db => db.ReservationsCreneaux.CountAsync(r => r.CreneauId == creneau)));
        Assert.Single(await factory.ReadMailsAsync(), m => m.To.Contains(jeton));
        Assert.Equal(1, await factory.WithDbAsync(db => db.Audit.CountAsync(a => a.Action == "rendezvous.reserve" && a.ObjetId == creneau.ToString())));
    }

    [Fact]
    public async Task VingtInscriptions_PourTroisPlaces_TroisInscritsEtTroisMails()
    {
        var evenement = new Evenement
        {
            Titre = "Webinaire d'ouverture", Description = "Présentation", Debut = DateTime.UtcNow.AddDays(7), Lien = "https://visio.exemple.fr/eig",
            Capacite = 3, Publie = true,
        };
        await factory.WithDbAsync(async db => { db.Evenements.Add(evenement); await db.SaveChangesAsync(); });
        var url = $"/evenements/{evenement.Id}";
        var jeton = Guid.NewGuid().ToString("N")[..8];
        var envois = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => FormulaireAsync(factory.NewClient(), url)));

        var reponses = await Task.WhenAll(envois.Select((envoyer, i) =>
            envoyer(new() { ["Input.Nom"] = $"Personne {i}", ["Input.Email"] = $"p{i}-{jeton}@exemple.fr" })));

        AucuneErreurServeur(reponses);
        Assert.Equal(3, reponses.Count(r => r.StatusCode == HttpStatusCode.Redirect));
        Assert.Equal(3, await factory.WithDbAsync(db => db.InscriptionsEvenements.CountAsync(i => i.EvenementId == evenement.Id)));
        Assert.Equal(3, await factory.WithDbAsync(db => db.Evenements.Where(e => e.Id == evenement.Id).Select(e => e.Inscrits).SingleAsync()));
        Assert.Equal(3, (await factory.ReadMailsAsync()).Count(m => m.To.Contains(jeton)));
        var refus = await EigWebFactory.ParseAsync(reponses.First(r => r.StatusCode == HttpStatusCode.BadRequest));
        Assert.Contains("complet", refus.QuerySelector(".fr-error-text, .fr-alert, [role=alert], .fr-alert--error")?.TextContent ?? refus.Body!.TextContent);
    }

    [Fact]
    public async Task DixDepots_DUneCandidature_UnSeulDepotEtUnSeulAccuse()
    {
        var appel = await factory.AppelAsync();
        var user = await factory.CreateUserAsync(Roles.Candidat);
        var client = await factory.ClientAsync(user);
        var champs = FormulaireComplet(appel);
        champs["Input.Email"] = $"dix-{Guid.NewGuid():N}@exemple.fr";
        // The draft exists (with its CV); then "Déposer" is sent ten times at once.
        AssertRedirect(await EigWebFactory.PostFormAsync(client, "/espace-candidat/candidature", FormulaireComplet(appel, "enregistrer"),
            file: ("Input.Cv", "cv.pdf", Pdf)), "/espace-candidat/candidature");
        var doc = await EigWebFactory.GetDocumentAsync(client, "/espace-candidat/candidature");
        var token = doc.QuerySelector<IHtmlInputElement>($"input[name='{EigWebFactory.AntiforgeryField}']")!.Value;
        Task<HttpResponseMessage> Deposer()
        {
            var content = new MultipartFormDataContent();
            foreach (var (k, v) in champs) content.Add(new StringContent(v), k);
            content.Add(new StringContent(token), EigWebFactory.AntiforgeryField);
            return client.PostAsync("/espace-candidat/candidature", content);
        }

        var reponses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Deposer()));

        AucuneErreurServeur(reponses);
        Assert.All(reponses, r => AssertRedirect(r, "/espace-candidat"));
        var c = Assert.Single(await factory.WithDbAsync(db => db.Candidatures.Where(x => x.CandidatId == user.Id).ToListAsync()));
        Assert.Equal(EtatCandidature.Deposee, c.Etat);
        Assert.Single(await factory.ReadMailsAsync(), m => m.To.Contains(champs["Input.Email"]));
        Assert.Equal(1, await factory.WithDbAsync(db => db.Audit.CountAsync(a => a.Action == "candidature.deposee" && a.ObjetId == c.Id.ToString())));
    }

    [Fact]
    public async Task VingtDossiersCommences_EnMemeTemps_VingtNumerosDistincts()
    {
        var appel = await AapDonnees.AppelPublieAsync(factory);
        var porteurs = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => factory.CreateUserAsync(Roles.Porteur)));
        var envois = await Task.WhenAll(porteurs.Select(async p =>
            await FormulaireAsync(await factory.ClientAsync(p), "/espace-porteur/dossiers", "/espace-porteur/dossiers?handler=Commencer")));

        var reponses = await Task.WhenAll(envois.Select(envoyer => envoyer(new() { ["appelId"] = appel.Id.ToString() })));

        Assert.All(reponses, r => AssertRedirect(r, "/espace-porteur/dossiers/"));
        var numeros = await factory.WithDbAsync(db => db.DossiersProjets.Where(d => d.AppelId == appel.Id).Select(d => d.Numero).ToListAsync());
        Assert.Equal(20, numeros.Count);
        Assert.Equal(20, numeros.Distinct().Count());
        Assert.Equal(20, await factory.WithDbAsync(db => db.Audit.CountAsync(a => a.Action == "dossier.creer" && a.Details == appel.Titre)));
    }

    [Fact]
    public async Task SupprimerPendantQuUneReservation_LeCreneauReserveResteOuLaReservationEstRefusee()
    {
        var staff = await factory.ClientAsync(await factory.CreateUserAsync(Roles.Staff));
        for (var tour = 0; tour < 16; tour++)
        {
            var creneau = await CreneauAsync();
            var email = $"course{tour}-{Guid.NewGuid():N}@exemple.fr";
            var supprimer = await FormulaireAsync(staff, "/admin/contenus/creneaux", $"/admin/contenus/creneaux?handler=supprimer&id={creneau}");
            var reserver = await FormulaireAsync(factory.NewClient(), "/rendez-vous");

            var reponses = await Task.WhenAll(reserver(Reservation(creneau, email)), supprimer([]));

            AucuneErreurServeur(reponses);
            var reserve = reponses[0].StatusCode == HttpStatusCode.Redirect;
            var (creneauExiste, reservations) = await factory.WithDbAsync(async db =>
                (await db.CreneauxAppel.AnyAsync(c => c.Id == creneau), await db.ReservationsCreneaux.CountAsync(r => r.CreneauId == creneau)));
            var mails = (await factory.ReadMailsAsync()).Count(m => m.To.Contains(email));
            var audit = await factory.WithDbAsync(db => db.Audit.Where(a => a.ObjetId == creneau.ToString()).Select(a => a.Action).ToListAsync());
            if (reserve)
            {
                // Told "réservé": the slot and the booking are kept, one mail, the refusal of the deletion.
                Assert.True(creneauExiste, $"tour {tour} : créneau supprimé après une réservation confirmée");
                Assert.Equal(1, reservations);
                Assert.Equal(1, mails);
                Assert.Equal(["rendezvous.reserve"], audit);
            }
            else
            {
                Assert.False(creneauExiste, $"tour {tour} : réservation refusée mais créneau toujours là");
                Assert.Equal(0, reservations);
                Assert.Equal(0, mails);
                Assert.Equal(["contenus.creneaux.suppression"], audit);
            }
        }
    }

    [Fact]
    public async Task AnnulerUnRendezVous_PrevientLaPersonne_PuisLeCreneauPeutEtreSupprime()
    {
        var staff = await factory.ClientAsync(await factory.CreateUserAsync(Roles.Staff));
        var creneau = await CreneauAsync();
        var email = $"annule-{Guid.NewGuid():N}@exemple.fr";
        AssertRedirect(await EigWebFactory.PostFormAsync(factory.NewClient(), "/rendez-vous", Reservation(creneau, email)), "/rendez-vous");

        var page = await EigWebFactory.GetDocumentAsync(staff, "/admin/contenus/creneaux");
        Assert.NotNull(page.QuerySelector($"form[action*='handler=annuler'][action*='{creneau}']"));
        Assert.Null(page.QuerySelector($"form[action*='handler=supprimer'][action*='{creneau}']"));
        var refus = await (await FormulaireAsync(staff, "/admin/contenus/creneaux", $"/admin/contenus/creneaux?handler=supprimer&id={creneau}"))([]);
        AssertRedirect(refus, "/admin/contenus/creneaux");
        Assert.True(await factory.WithDbAsync(db => db.ReservationsCreneaux.AnyAsync(r => r.CreneauId == creneau)));

        var annulation = await (await FormulaireAsync(staff, "/admin/contenus/creneaux", $"/admin/contenus/creneaux?handler=annuler&id={creneau}"))([]);

        AssertRedirect(annulation, "/admin/contenus/creneaux");
        Assert.False(await factory.WithDbAsync(db => db.ReservationsCreneaux.AnyAsync(r => r.CreneauId == creneau)));
        var mails = (await factory.ReadMailsAsync()).Where(m => m.To.Contains(email)).ToList();
        Assert.Contains(mails, m => m.Subject == "Votre rendez-vous avec l'équipe EIG est annulé");
        Assert.Contains("rendezvous.annule", await factory.WithDbAsync(db => db.Audit.Where(a => a.ObjetId == creneau.ToString()).Select(a => a.Action).ToListAsync()));
        AssertRedirect(await (await FormulaireAsync(staff, "/admin/contenus/creneaux", $"/admin/contenus/creneaux?handler=supprimer&id={creneau}"))([]), "/admin/contenus/creneaux");
        Assert.False(await factory.WithDbAsync(db => db.CreneauxAppel.AnyAsync(c => c.Id == creneau)));
    }
}
