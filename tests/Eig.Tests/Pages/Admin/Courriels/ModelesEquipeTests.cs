using System.Net;
using Eig.Tests.Pages.Candidatures;
using Eig.Tests.Support;
using Eig.Web.AppelsAProjets;
using Eig.Web.Candidatures;
using Eig.Web.Comptes;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Infrastructure.Mail;
using Eig.Web.Instruction;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Eig.Tests.Pages.Admin.Courriels;

/// <summary>The mails to jury members and to staff are templates too: listed with the others, and the text staff
/// save is the one they leave with.</summary>
public class ModelesEquipeTests : IAsyncLifetime
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

    private static async Task Enregistrer(HttpClient client, string cle, string sujet, string corps)
    {
        var liste = await EigWebFactory.GetDocumentAsync(client, "/admin/courriels/modeles");
        var lien = liste.QuerySelectorAll("a").First(a => a.GetAttribute("href") == $"/admin/courriels/modeles/{cle}").GetAttribute("href")!;
        var r = await EigWebFactory.PostFormAsync(client, lien, new Dictionary<string, string> { ["Input.Sujet"] = sujet, ["Input.Corps"] = corps });
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
    }

    private async Task<OutboxMessage> DernierAsync() =>
        await _f.WithDbAsync(db => db.Outbox.AsNoTracking().OrderByDescending(m => m.CreeLe).ThenByDescending(m => m.Id).FirstAsync());

    private async Task Envoyer(Action<IServiceProvider> envoi)
    {
        using var scope = _f.Services.CreateScope();
        envoi(scope.ServiceProvider);
        await scope.ServiceProvider.GetRequiredService<EigDbContext>().SaveChangesAsync();
    }

    [Fact]
    public async Task JuryMemberMail_LeavesWithTheSavedText()
    {
        var client = await StaffAsync();
        var session = new SessionJury { AppelId = Guid.NewGuid(), Titre = "Jury de décembre", Date = new DateOnly(2026, 12, 15) };
        await Envoyer(sp => sp.GetRequiredService<AapMails>().MembreJury("jure@example.fr", session, "Appel 2027"));
        Assert.Equal("Vous siégez au jury du 15 décembre 2026", (await DernierAsync()).Sujet);

        await Enregistrer(client, ModelesAap.MembreJury.Cle, "Jury « {{session}} » le {{date}}", "Merci de siéger pour {{appel}}.");
        await Envoyer(sp => sp.GetRequiredService<AapMails>().MembreJury("jure@example.fr", session, "Appel 2027"));

        var m = await DernierAsync();
        Assert.Equal("Jury « Jury de décembre » le 15 décembre 2026", m.Sujet);
        Assert.Contains("Merci de siéger pour Appel 2027.", m.CorpsTexte);
        Assert.Contains($"/jury/sessions/{session.Id}", m.CorpsTexte);
    }

    [Fact]
    public async Task StaffNotices_LeaveWithTheSavedText_TiedToTheirRecord()
    {
        var appel = await AapDonnees.AppelPublieAsync(_f);
        var d = await AapDonnees.DossierAsync(_f, appel.Id, (await _f.CreateUserAsync(Roles.Porteur)).Id);
        var aac = await _f.AppelOuvertAsync();
        var cid = await _f.CandidatureAsync(aac, await _f.CreateUserAsync(Roles.Candidat));
        var client = await StaffAsync();

        await Enregistrer(client, ModelesAap.AvisEquipe.Cle, "[EIG] {{reference}} — {{evenement}}", "{{titre}} : {{detail}}");
        await Enregistrer(client, ModelesCandidatures.AvisEquipe.Cle, "[EIG] {{prenom}} {{nom}} — {{evenement}}", "{{detail}}");
        await Envoyer(sp => sp.GetRequiredService<AapMails>().Equipe(["equipe@example.fr"], d, "nouveau dossier déposé", "il attend son instruction."));
        var dossier = await DernierAsync();
        await Envoyer(sp =>
        {
            var c = sp.GetRequiredService<EigDbContext>().Candidatures.Single(x => x.Id == cid);
            sp.GetRequiredService<IOutbox>().Ajouter("equipe@example.fr", sp.GetRequiredService<CandidaturesMails>().Equipe(c, "entretien réservé", "mardi à 10h00."));
        });
        var candidature = await DernierAsync();

        Assert.Equal($"[EIG] {d.Reference} — nouveau dossier déposé", dossier.Sujet);
        Assert.Contains($"{d.Titre} : il attend son instruction.", dossier.CorpsTexte);
        Assert.Equal((nameof(DossierProjet), (Guid?)d.Id), (dossier.ObjetType, dossier.ObjetId));
        Assert.Equal("[EIG] Léa Martin — entretien réservé", candidature.Sujet);
        Assert.Equal((nameof(Candidature), (Guid?)cid), (candidature.ObjetType, candidature.ObjetId));
    }

    [Fact]
    public void JuryStaffAndConflictMails_AreListedTemplates()
    {
        foreach (var cle in new[] { "aap.jury-membre", "aap.equipe", "aac.equipe", "instruction.conflit" })
            Assert.NotNull(MailTemplates.Modele(cle));
        Assert.Same(ConflitsDeclares.ConflitDeclare, MailTemplates.Modele("instruction.conflit"));
    }
}
