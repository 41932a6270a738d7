using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Eig.Tests.Support;
using Eig.Web.Candidatures;
using Eig.Web.Comptes;
using Eig.Web.Evaluations;
using Microsoft.EntityFrameworkCore;
using static Eig.Tests.Pages.Candidatures.AacKit;

namespace Eig.Tests.Pages.Candidatures;

/// <summary>The whole pipeline through the real pages, one role after the other, with what each must not see.</summary>
public class ParcoursTests(AacFactory factory) : IClassFixture<AacFactory>
{
    private Task<T> Db<T>(Func<Eig.Web.Infrastructure.Database.EigDbContext, Task<T>> q) => factory.Db(q);

    [Fact]
    public async Task Parcours_DuDepotALaLettreDeMission()
    {
        var appel = await factory.AppelAsync();
        var staffUser = await factory.CreateUserAsync(Roles.Staff);
        var staff = await factory.ClientAsync(staffUser);
        var evaluateurUser = await factory.CreateUserAsync(Roles.Evaluateur);
        var evaluateur = await factory.ClientAsync(evaluateurUser);
        var autreEvaluateur = await factory.ClientAsync(await factory.CreateUserAsync(Roles.Evaluateur));
        var candidatUser = await factory.CreateUserAsync(Roles.Candidat);
        var candidat = await factory.ClientAsync(candidatUser);
        var autreCandidat = await factory.ClientAsync(await factory.CreateUserAsync(Roles.Candidat));
        var porteurUser = await factory.CreateUserAsync(Roles.Porteur);
        var porteur = await factory.ClientAsync(porteurUser);
        var autrePorteurUser = await factory.CreateUserAsync(Roles.Porteur);
        var autrePorteur = await factory.ClientAsync(autrePorteurUser);
        var id = await factory.CandidatureAsync(appel, candidatUser, annees: 10, competences: "santé, données");
        var page = $"/admin/candidatures/{id}";

        // 1. Staff see the filed candidature in the filtered list, assign an expert, who scores it.
        var liste = await EigWebFactory.GetDocumentAsync(staff, $"/admin/candidatures?Appel={appel.Id}&Etat=Deposee");
        Assert.NotNull(liste.QuerySelector($"a[href='{page}']"));
        AssertRedirect(await EigWebFactory.PostFormAsync(staff, page, new Dictionary<string, string> { ["EvaluateurId"] = evaluateurUser.Id.ToString(), ["Objet"] = ObjetsEvalues.Candidature }, handler: "Affecter"), page);
        var affectation = await Db(db => db.Affectations.FirstAsync(a => a.ObjetId == id));
        var evaluer = $"/evaluation/candidatures/{affectation.Id}";
        Assert.Equal(HttpStatusCode.NotFound, (await autreEvaluateur.GetAsync(evaluer)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await autreEvaluateur.GetAsync($"{evaluer}/cv")).StatusCode);
        Assert.DoesNotContain(id.ToString(), await autreEvaluateur.GetStringAsync("/evaluation/candidatures"));
        var criteres = await Db(db => db.Criteres.Where(c => c.GrilleId == affectation.GrilleId).Select(c => c.Id).ToListAsync());
        var notes = criteres.ToDictionary(c => $"Input.Notes[{c}]", _ => "4");
        notes["Input.Recommandation"] = "Favorable";
        notes["Input.Commentaire"] = "Parcours solide";
        AssertRedirect(await EigWebFactory.PostFormAsync(evaluateur, evaluer, notes, handler: "Soumettre"), "/evaluation/candidatures");
        Assert.Contains("Moyenne 4,0", (await EigWebFactory.GetDocumentAsync(staff, page)).Body!.TextContent.Replace("4.0", "4,0"));

        // 2. Invited to the first interview; staff publish a slot in the sprint's interview window; the candidate books it.
        var version = (await EigWebFactory.GetDocumentAsync(staff, page)).QuerySelector<IHtmlInputElement>("input[name='Version']")!.Value;
        AssertRedirect(await EigWebFactory.PostFormAsync(staff, page, new Dictionary<string, string> { ["Version"] = version }, handler: "Inviter"), page);
        Assert.Contains(await factory.ReadMailsAsync(), m => m.To.Contains(candidatUser.Email) && m.Subject == "Vous êtes invité·e à un premier entretien");
        var jour = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(15).ToString("yyyy-MM-dd");
        AssertRedirect(await EigWebFactory.PostFormAsync(staff, "/admin/candidatures/creneaux", new Dictionary<string, string>
        {
            ["Input.SprintId"] = appel.SprintId.ToString(), ["Input.ProfilId"] = appel.ProduitId.ToString(), ["Input.Jour"] = jour,
            ["Input.Heure"] = "10:00", ["Input.Nombre"] = "2", ["Input.Modalites"] = "Visioconférence, lien envoyé la veille",
        }), "/admin/candidatures/creneaux");
        var creneaux = await EigWebFactory.GetDocumentAsync(candidat, "/espace-candidat/creneaux");
        var creneauId = creneaux.QuerySelector<IHtmlInputElement>("input[name='CreneauId']")!.Value;
        AssertRedirect(await EigWebFactory.PostFormAsync(candidat, "/espace-candidat/creneaux", new Dictionary<string, string> { ["CreneauId"] = creneauId }), "/espace-candidat");
        var ics = await candidat.GetAsync($"/espace-candidat/creneaux/{creneauId}/ics");
        Assert.Equal("text/calendar", ics.Content.Headers.ContentType!.MediaType);
        Assert.Contains("BEGIN:VEVENT", await ics.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await autreCandidat.GetAsync($"/espace-candidat/creneaux/{creneauId}/ics")).StatusCode);
        var mailCreneau = Assert.Single(await factory.ReadMailsAsync(), m => m.To.Contains(candidatUser.Email) && m.Subject == "Votre entretien est réservé");

        // 3. Interview scored, then into the vivier.
        AssertRedirect(await EigWebFactory.PostFormAsync(staff, page, new Dictionary<string, string> { ["EvaluateurId"] = evaluateurUser.Id.ToString(), ["Objet"] = ObjetsEvalues.Entretien }, handler: "Affecter"), page);
        var entretien = await Db(db => db.Affectations.FirstAsync(a => a.ObjetId == id && a.Objet == ObjetsEvalues.Entretien));
        var criteresEntretien = await Db(db => db.Criteres.Where(c => c.GrilleId == entretien.GrilleId).Select(c => c.Id).ToListAsync());
        var notesEntretien = criteresEntretien.ToDictionary(c => $"Input.Notes[{c}]", _ => "5");
        notesEntretien["Input.Recommandation"] = "Favorable";
        AssertRedirect(await EigWebFactory.PostFormAsync(evaluateur, $"/evaluation/candidatures/{entretien.Id}", notesEntretien, handler: "Soumettre"), "/evaluation/candidatures");
        version = (await EigWebFactory.GetDocumentAsync(staff, page)).QuerySelector<IHtmlInputElement>("input[name='Version']")!.Value;
        AssertRedirect(await EigWebFactory.PostFormAsync(staff, page, new Dictionary<string, string> { ["Version"] = version }, handler: "Vivier"), page);
        var vivier = await EigWebFactory.GetDocumentAsync(staff, "/admin/vivier?Profil=produit&Competence=sant%C3%A9");
        Assert.NotNull(vivier.QuerySelector($"a[href='{page}']"));

        // 4. Matched to a laureate défi: the suggestion explains itself; staff propose; the administration sees its shortlist only.
        var (defiId, posteId) = await factory.DefiAvecPosteAsync(appel, porteurUser);
        await factory.DefiAvecPosteAsync(appel, autrePorteurUser, titre: "Autre défi");
        var poste = await EigWebFactory.GetDocumentAsync(staff, $"/admin/recrutement/postes/{posteId}");
        Assert.Contains("2\u00a0expertises du défi : données, santé (+20)", poste.Body!.TextContent);
        AssertRedirect(await EigWebFactory.PostFormAsync(staff, $"/admin/recrutement/postes/{posteId}", new Dictionary<string, string> { ["CandidatureId"] = id.ToString() }), $"/admin/recrutement/postes/{posteId}");
        var proposition = await Db(db => db.Propositions.FirstAsync(p => p.CandidatureId == id));
        Assert.Contains(await factory.ReadMailsAsync(), m => m.To.Contains(porteurUser.Email) && m.Subject == "Des candidatures vous sont proposées");
        var shortlist = await EigWebFactory.GetDocumentAsync(porteur, "/espace-porteur/recrutement");
        Assert.NotNull(shortlist.QuerySelector($"a[href='/espace-porteur/recrutement/{proposition.Id}']"));
        Assert.DoesNotContain("Léa Martin", await autrePorteur.GetStringAsync("/espace-porteur/recrutement"));
        Assert.Equal(HttpStatusCode.NotFound, (await autrePorteur.GetAsync($"/espace-porteur/recrutement/{proposition.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await autrePorteur.GetAsync($"/espace-porteur/recrutement/{proposition.Id}/cv")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await porteur.GetAsync("/admin/vivier")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await porteur.GetAsync($"/admin/candidatures/{id}")).StatusCode);

        // 5. Second interview: the administration publishes slots, the candidate books, the administration chooses.
        AssertRedirect(await EigWebFactory.PostFormAsync(porteur, "/espace-porteur/recrutement", new Dictionary<string, string>
        {
            ["Input.DefiId"] = defiId.ToString(), ["Input.Jour"] = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(20).ToString("yyyy-MM-dd"),
            ["Input.Heure"] = "14:00", ["Input.Nombre"] = "1", ["Input.Modalites"] = "Ministère, 14 avenue Duquesne, Paris",
        }), "/espace-porteur/recrutement");
        var mission = (await EigWebFactory.GetDocumentAsync(candidat, "/espace-candidat/creneaux")).QuerySelector<IHtmlInputElement>("input[name='CreneauId']")!.Value;
        AssertRedirect(await EigWebFactory.PostFormAsync(candidat, "/espace-candidat/creneaux", new Dictionary<string, string> { ["CreneauId"] = mission }), "/espace-candidat");
        AssertRedirect(await EigWebFactory.PostFormAsync(porteur, $"/espace-porteur/recrutement/{proposition.Id}", new Dictionary<string, string>
        {
            ["Input.Decision"] = "choisie", ["Input.Avis"] = "Vision produit claire, à l'aise avec nos contraintes.",
        }), "/espace-porteur/recrutement");

        // 6. Offer: pay from the grid (exactly 10 years → the first line), accepted, team joined, mission letter.
        var offrePage = await EigWebFactory.GetDocumentAsync(staff, $"/admin/recrutement/offres/{proposition.Id}");
        Assert.Contains("4\u202f250\u00a0€ net par mois et une part variable de 6 %", offrePage.Body!.TextContent);
        Assert.Contains("10\u00a0ans d'expérience, soit jusqu'à 10 ans", offrePage.Body!.TextContent);
        var onze = await EigWebFactory.PostFormAsync(staff, $"/admin/recrutement/offres/{proposition.Id}", new Dictionary<string, string>
        {
            ["Input.DateDebut"] = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(2).ToString("yyyy-MM-dd"), ["Input.DureeMois"] = "11",
        });
        Assert.Equal(HttpStatusCode.BadRequest, onze.StatusCode);
        Assert.Contains("au moins un an", (await EigWebFactory.ParseAsync(onze)).QuerySelector("#Input_DureeMois-erreur")!.TextContent);
        AssertRedirect(await EigWebFactory.PostFormAsync(staff, $"/admin/recrutement/offres/{proposition.Id}", new Dictionary<string, string>
        {
            ["Input.DateDebut"] = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(2).ToString("yyyy-MM-dd"), ["Input.DureeMois"] = "12",
        }), $"/admin/recrutement/postes/{posteId}");
        var offre = await Db(db => db.Offres.FirstAsync(o => o.CandidatureId == id));
        Assert.Equal((4250, 6), (offre.SalaireNetMensuel, offre.PartVariablePourcent));
        Assert.Equal(HttpStatusCode.NotFound, (await autreCandidat.GetAsync($"/espace-candidat/offre/{offre.Id}")).StatusCode);
        // A second offer while the first awaits an answer is refused.
        var seconde = await EigWebFactory.PostFormAsync(staff, $"/admin/recrutement/offres/{proposition.Id}", new Dictionary<string, string>
        {
            ["Input.DateDebut"] = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(2).ToString("yyyy-MM-dd"), ["Input.DureeMois"] = "12",
        });
        Assert.Equal(HttpStatusCode.BadRequest, seconde.StatusCode);
        Assert.Equal(1, await Db(db => db.Offres.CountAsync(o => o.CandidatureId == id)));

        var offreDoc = await EigWebFactory.GetDocumentAsync(candidat, $"/espace-candidat/offre/{offre.Id}");
        var token = offreDoc.QuerySelector<IHtmlInputElement>($"form[action*='Accepter'] input[name='{EigWebFactory.AntiforgeryField}']")!.Value;
        var accepter = await candidat.PostAsync($"/espace-candidat/offre/{offre.Id}?handler=Accepter", new FormUrlEncodedContent([new(EigWebFactory.AntiforgeryField, token)]));
        AssertRedirect(accepter, $"/espace-candidat/offre/{offre.Id}");
        Assert.Equal(EtatCandidature.Recrutee, await Db(db => db.Candidatures.Where(c => c.Id == id).Select(c => c.Etat).FirstAsync()));
        var membre = await Db(db => db.MembresEquipes.FirstAsync(m => m.CandidatureId == id));
        Assert.Equal(defiId, membre.DefiId);
        var lettre = await candidat.GetAsync($"/espace-candidat/offre/{offre.Id}/lettre-de-mission");
        Assert.Equal("application/pdf", lettre.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString((await lettre.Content.ReadAsByteArrayAsync())[..5]));
        Assert.Equal(HttpStatusCode.NotFound, (await autreCandidat.GetAsync($"/espace-candidat/offre/{offre.Id}/lettre-de-mission")).StatusCode);
        var mails = await factory.ReadMailsAsync();
        Assert.Contains(mails, m => m.To.Contains(candidatUser.Email) && m.Subject == "Votre lettre de mission");
        Assert.Contains(mails, m => m.To.Contains(staffUser.Email) && m.Subject == "Proposition d'embauche acceptée");

        // Every step left an audit line.
        var actions = await Db(db => db.Audit.Where(a => a.ObjetId == id.ToString() || a.Details!.Contains(id.ToString())).Select(a => a.Action).ToListAsync());
        Assert.Contains("candidature.invitee-premier-entretien", actions);
        Assert.Contains("candidature.vivier", actions);
        Assert.Contains("recrutement.offre-envoyee", actions);
        Assert.Contains("recrutement.offre-acceptee", actions);
    }

    [Fact]
    public async Task Post_Ecarter_SansMotif_400EtInchangee()
    {
        var appel = await factory.AppelAsync();
        var staff = await factory.ClientAsync(await factory.CreateUserAsync(Roles.Staff));
        var id = await factory.CandidatureAsync(appel, await factory.CreateUserAsync(Roles.Candidat));
        var page = $"/admin/candidatures/{id}";
        var version = (await EigWebFactory.GetDocumentAsync(staff, page)).QuerySelector<IHtmlInputElement>("input[name='Version']")!.Value;

        var r = await EigWebFactory.PostFormAsync(staff, page, new Dictionary<string, string> { ["Version"] = version, ["Motif"] = "" }, handler: "Ecarter");

        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Contains("motif", (await EigWebFactory.ParseAsync(r)).QuerySelector("#Motif-erreur")!.TextContent);
        Assert.Equal(EtatCandidature.Deposee, await Db(db => db.Candidatures.Where(c => c.Id == id).Select(c => c.Etat).FirstAsync()));
    }

    [Fact]
    public async Task Post_Ecarter_VersionPerimee_MessageEtPasDeDoubleDecision()
    {
        var appel = await factory.AppelAsync();
        var staff = await factory.ClientAsync(await factory.CreateUserAsync(Roles.Staff));
        var candidat = await factory.CreateUserAsync(Roles.Candidat);
        var id = await factory.CandidatureAsync(appel, candidat);
        var page = $"/admin/candidatures/{id}";
        var version = (await EigWebFactory.GetDocumentAsync(staff, page)).QuerySelector<IHtmlInputElement>("input[name='Version']")!.Value;
        AssertRedirect(await EigWebFactory.PostFormAsync(staff, page, new Dictionary<string, string> { ["Version"] = version }, handler: "Inviter"), page);

        // A colleague's page still holds the old version.
        var r = await EigWebFactory.PostFormAsync(staff, page, new Dictionary<string, string> { ["Version"] = version, ["Motif"] = "Trop tard" }, handler: "Ecarter");

        AssertRedirect(r, page);
        Assert.Equal(EtatCandidature.PremierEntretien, await Db(db => db.Candidatures.Where(c => c.Id == id).Select(c => c.Etat).FirstAsync()));
    }
}
