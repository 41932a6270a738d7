using System.Net;
using AngleSharp.Dom;
using Eig.Tests.Pages.Candidatures;
using Eig.Tests.Support;
using Eig.Web.AppelsAProjets;
using Eig.Web.Candidatures;
using Eig.Web.Comptes;
using Microsoft.EntityFrameworkCore;

namespace Eig.Tests.Pages.Admin.Courriels;

/// <summary>"Écrire un message" from a filtered list's bulk form: the composer opens with the checked rows as its
/// group (ids in the bodies, never in the address), previews for a real person, lists those who cannot receive it,
/// sends to exactly the chosen owners, each mail in its record's history, the send audited.</summary>
public class EcrireEnLotTests : IAsyncLifetime
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

    /// <summary>The hidden fields of the form of <paramref name="doc"/> that holds <paramref name="champ"/>, with <paramref name="valeurs"/> added.</summary>
    internal static FormUrlEncodedContent Formulaire(IDocument doc, string champ, params (string Nom, string Valeur)[] valeurs)
    {
        var form = doc.QuerySelectorAll("form").First(f => f.QuerySelector($"[name='{champ}']") is not null);
        var champs = form.QuerySelectorAll("input[type='hidden']").Select(i => (Nom: i.GetAttribute("name")!, Valeur: i.GetAttribute("value") ?? ""))
            .Where(c => valeurs.All(v => v.Nom != c.Nom)).Concat(valeurs);
        return new FormUrlEncodedContent(champs.Select(c => new KeyValuePair<string, string>(c.Nom, c.Valeur)));
    }

    internal static string ActionDe(IDocument doc, string champ) =>
        doc.QuerySelectorAll("form").First(f => f.QuerySelector($"[name='{champ}']") is not null).GetAttribute("action")!;

    [Fact]
    public async Task Candidatures_CochezEcrivezVerifiezEnvoyez_SeulesLesPersonnesChoisiesRecoiventLeMessage()
    {
        var appel = await _f.AppelOuvertAsync();
        var lea = await _f.CreateUserAsync(Roles.Candidat);
        var noe = await _f.CreateUserAsync(Roles.Candidat);
        var a = await _f.CandidatureAsync(appel, lea, prenom: "Léa");
        var b = await _f.CandidatureAsync(appel, noe, prenom: "Noé");
        var effacee = await _f.CandidatureAsync(appel, await _f.CreateUserAsync(Roles.Candidat), EtatCandidature.NonRetenue, prenom: "Zoé");
        var autre = await _f.CandidatureAsync(appel, await _f.CreateUserAsync(Roles.Candidat), prenom: "Paul");
        await _f.WithDbAsync(async db => { (await db.Candidatures.SingleAsync(c => c.Id == effacee)).Anonymiser(DateTime.UtcNow); await db.SaveChangesAsync(); });
        var client = await StaffAsync();

        var admin = await EigWebFactory.GetDocumentAsync(client, "/admin");
        var liste = await EigWebFactory.GetDocumentAsync(client, admin.QuerySelector("a[href='/admin/candidatures']")!.GetAttribute("href") + $"?Appel={appel.Id}");
        Assert.Contains(liste.QuerySelectorAll("select[name='Input.Action'] option"), o => o.GetAttribute("value") == "ecrire" && o.TextContent == "Écrire un message");
        var preparer = await client.PostAsync(ActionDe(liste, "Input.Action"), Formulaire(liste, "Input.Action",
            ("ids", a.ToString()), ("ids", b.ToString()), ("ids", effacee.ToString()), ("Input.Action", "ecrire")));
        Assert.Equal(HttpStatusCode.OK, preparer.StatusCode);
        var confirmation = await EigWebFactory.ParseAsync(preparer);
        Assert.Contains("Vous allez écrire un message aux personnes de 3\u00a0candidatures.", confirmation.Body!.TextContent);

        // The selection goes to the composer in the form's body, not in its address.
        var versEcrire = ActionDe(confirmation, "Input.Selection");
        Assert.Equal("/admin/courriels/ecrire?handler=Lot", versEcrire);
        var composer = await EigWebFactory.ParseAsync(await client.PostAsync(versEcrire, Formulaire(confirmation, "Input.Selection")));
        Assert.Contains("3\u00a0candidatures choisies dans une liste, soit 2\u00a0destinataires", composer.GetElementById("Input_Segment")!.TextContent);
        var refus = Assert.Single(composer.QuerySelectorAll("tbody tr").Where(tr => tr.TextContent.Contains("effacée")));
        Assert.Contains("Zoé Martin", refus.TextContent);
        Assert.Null(composer.QuerySelector("input[name='Input.Segment'][type='radio']"));

        var apercu = await client.PostAsync("/admin/courriels/ecrire?handler=Apercu", Formulaire(composer, "Input.Sujet",
            ("Input.Sujet", "Votre candidature"), ("Input.Corps", "Bonjour {{prenom}},\nnous revenons vers vous.")));
        Assert.Equal(HttpStatusCode.OK, apercu.StatusCode);
        var verifier = await EigWebFactory.ParseAsync(apercu);
        var section = verifier.GetElementById("apercu")!.ParentElement!;
        Assert.Contains(lea.Email, verifier.GetElementById("apercu")!.TextContent);
        Assert.Contains("Bonjour Léa,", section.TextContent);
        Assert.Equal("Envoyer à 2 destinataires", section.QuerySelector("form button")!.TextContent.Trim().Replace('\u00a0', ' '));
        Assert.Equal(0, await _f.WithDbAsync(db => db.Outbox.CountAsync()));

        var envoi = await client.PostAsync("/admin/courriels/ecrire?handler=Envoyer", EcrireTests.Envoi(verifier));

        Assert.Equal(HttpStatusCode.Redirect, envoi.StatusCode);
        Assert.Equal("/admin/candidatures", envoi.Headers.Location!.OriginalString);
        var file = await _f.WithDbAsync(db => db.Outbox.OrderBy(m => m.A).ToListAsync());
        Assert.Equal(new[] { a, b }.Order(), file.Select(m => m.ObjetId!.Value).Order());
        Assert.All(file, m => Assert.Equal(nameof(Candidature), m.ObjetType));
        var mails = await _f.ReadMailsAsync();
        Assert.Equal(new[] { lea.Email, noe.Email }.Order(), mails.Select(m => m.To).Order());
        Assert.Contains(mails, m => m.To == noe.Email && m.Text.Contains("Bonjour Noé,"));
        var audit = Assert.Single(await _f.WithDbAsync(db => db.Audit.Where(x => x.Action == "courriels.publipostage").ToListAsync()));
        Assert.Contains("2\u00a0destinataires", audit.Details);
        Assert.Contains("3\u00a0candidatures choisies dans une liste", audit.Details);
        Assert.Contains("1\u00a0élément sans destinataire", audit.Details);
        foreach (var id in new[] { a, b })
            Assert.Contains("Votre candidature", (await EigWebFactory.GetDocumentAsync(client, $"/admin/candidatures/{id}")).QuerySelector("section[aria-labelledby='courriels']")!.TextContent);
        Assert.DoesNotContain("Votre candidature", (await EigWebFactory.GetDocumentAsync(client, $"/admin/candidatures/{autre}")).QuerySelector("section[aria-labelledby='courriels']")!.TextContent);
    }

    [Fact]
    public async Task Dossiers_UnPorteurSansAdresse_EstListeAvecSaRaison_LesAutresRecoivent()
    {
        var appel = await AapDonnees.AppelPublieAsync(_f);
        var porteurA = await _f.CreateUserAsync(Roles.Porteur);
        var porteurB = await _f.CreateUserAsync(Roles.Porteur);
        var a = await AapDonnees.DossierAsync(_f, appel.Id, porteurA.Id, puis: x => x.Titre = "Balises connectées");
        var b = await AapDonnees.DossierAsync(_f, appel.Id, porteurB.Id);
        await _f.WithDbAsync(async db => { var u = await db.Users.SingleAsync(x => x.Id == porteurB.Id); u.Email = null; u.NormalizedEmail = null; await db.SaveChangesAsync(); });
        var client = await StaffAsync();

        var liste = await EigWebFactory.GetDocumentAsync(client, "/admin/dossiers");
        var confirmation = await EigWebFactory.ParseAsync(await client.PostAsync(ActionDe(liste, "Input.Action"), Formulaire(liste, "Input.Action",
            ("ids", a.Id.ToString()), ("ids", b.Id.ToString()), ("Input.Action", "ecrire"))));
        Assert.Contains("Vous allez écrire un message aux porteurs et co-éditeurs de 2\u00a0dossiers.", confirmation.Body!.TextContent);
        var composer = await EigWebFactory.ParseAsync(await client.PostAsync(ActionDe(confirmation, "Input.Selection"), Formulaire(confirmation, "Input.Selection")));
        Assert.Contains(b.Reference, Assert.Single(composer.QuerySelectorAll("tbody tr").Where(tr => tr.TextContent.Contains("compte a été supprimé"))).TextContent);

        var verifier = await EigWebFactory.ParseAsync(await client.PostAsync("/admin/courriels/ecrire?handler=Apercu", Formulaire(composer, "Input.Sujet",
            ("Input.Sujet", "Point sur {{reference}}"), ("Input.Corps", "Votre dossier « {{titre}} »."))));
        Assert.Contains($"Objet : Point sur {a.Reference}", verifier.GetElementById("apercu")!.ParentElement!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync("/admin/courriels/ecrire?handler=Envoyer", EcrireTests.Envoi(verifier))).StatusCode);

        var mail = Assert.Single(await _f.ReadMailsAsync());
        Assert.Equal((porteurA.Email, $"Point sur {a.Reference}"), (mail.To, mail.Subject));
        Assert.Contains($"Point sur {a.Reference}", (await EigWebFactory.GetDocumentAsync(client, $"/admin/dossiers/{a.Id}")).QuerySelector("section[aria-labelledby='courriels']")!.TextContent);
    }

    [Fact]
    public async Task ToutesSansAdresse_MessageSurLeGroupe_RienNePart()
    {
        var appel = await _f.AppelOuvertAsync();
        var effacee = await _f.CandidatureAsync(appel, await _f.CreateUserAsync(Roles.Candidat), EtatCandidature.NonRetenue, prenom: "Zoé");
        await _f.WithDbAsync(async db => { (await db.Candidatures.SingleAsync(c => c.Id == effacee)).Anonymiser(DateTime.UtcNow); await db.SaveChangesAsync(); });
        var client = await StaffAsync();
        var liste = await EigWebFactory.GetDocumentAsync(client, "/admin/candidatures");
        var confirmation = await EigWebFactory.ParseAsync(await client.PostAsync(ActionDe(liste, "Input.Action"), Formulaire(liste, "Input.Action",
            ("ids", effacee.ToString()), ("Input.Action", "ecrire"))));
        var composer = await EigWebFactory.ParseAsync(await client.PostAsync(ActionDe(confirmation, "Input.Selection"), Formulaire(confirmation, "Input.Selection")));

        var r = await client.PostAsync("/admin/courriels/ecrire?handler=Apercu", Formulaire(composer, "Input.Sujet", ("Input.Sujet", "Bonjour"), ("Input.Corps", "Bonjour")));

        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var page = await EigWebFactory.ParseAsync(r);
        // No radios here: the message sits under the selection it is about, and in the summary.
        Assert.Contains("Aucun des éléments choisis n'a de destinataire", page.GetElementById("Input_Segment-erreur")!.TextContent);
        EigWebFactory.AssertHasError(page, "", "Aucun des éléments choisis n'a de destinataire");
        Assert.Contains("Zoé Martin", page.QuerySelector("tbody tr")!.TextContent);
        // Applying "write" as if it were an ordinary bulk action is refused: a message is always previewed first.
        var appliquer = await client.PostAsync("/admin/lot/candidatures?handler=Appliquer", Formulaire(liste, "Input.Action", ("Selection", effacee.ToString()), ("Input.Action", "ecrire")));
        Assert.Equal(HttpStatusCode.BadRequest, appliquer.StatusCode);
        Assert.Equal(0, await _f.WithDbAsync(db => db.Outbox.CountAsync()));
    }
}
