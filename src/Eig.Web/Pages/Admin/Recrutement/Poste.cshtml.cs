using Eig.Web.Infrastructure.Database;
using Eig.Web.Candidatures;
using Eig.Web.Promotions;
using Eig.Web.Infrastructure.Audit;
using Eig.Web.Infrastructure.Mail;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Eig.Web.Infrastructure.Security;

namespace Eig.Web.Pages.Admin.Recrutement;

/// <summary>Staff: one open post, the people proposed to the administration and their outcome, and the ranked
/// suggestions from the vivier with the reasons of their rank. Proposing mails the person and the administration.</summary>
public class PosteModel(EigDbContext db, IClock clock, IOutbox outbox, CandidaturesMails mails, IAuditLog audit) : PageModel
{
    [BindProperty] public Guid CandidatureId { get; set; }
    /// <summary>Staff's choice: suggest here too the people the same run suggests for, or who are proposed to, another
    /// post of the promotion (by default each person is suggested once, where they rank highest).</summary>
    [BindProperty(SupportsGet = true)] public bool AussiSuggerees { get; set; }
    /// <summary>People of the profile left out because another post of the promotion has them (suggested higher there, or proposed).</summary>
    public int EcarteesAilleurs { get; private set; }

    public PosteOuvert Poste { get; private set; } = default!;
    public Defi Defi { get; private set; } = default!;
    public string ProfilLibelle { get; private set; } = "";
    public sealed record LigneProposition(Guid Id, Guid CandidatureId, string Nom, EtatProposition Etat, string Explication, string Avis, bool OffreFaite);
    public sealed record LigneSuggestion(Suggestion Suggestion, string Nom, int? Annees, string Ville);
    public List<LigneProposition> Propositions { get; private set; } = [];
    public List<LigneSuggestion> Suggestions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id) => await ChargerAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await ChargerAsync(id)) return NotFound();
        var candidature = await db.Candidatures.FirstOrDefaultAsync(c => c.Id == CandidatureId);
        if (candidature is null) return NotFound();
        var existantes = await db.Propositions.Where(p => p.PosteId == id).ToListAsync();
        // The reasons are recomputed here rather than taken from the form.
        var explication = Appariement.Suggerer(Besoin(), await VivierAppariement.ChargerAsync(db, Poste.ProfilCode, candidature.Id), combien: 1).FirstOrDefault()?.Explication ?? "proposée hors suggestion";
        try
        {
            var p = Proposition.Proposer(Poste, candidature, existantes, explication, User.UtilisateurId(), clock.UtcNow);
            db.Propositions.Add(p);
            outbox.Ajouter(candidature.Email, mails.PropositionCandidat(candidature, Defi.Titre, Defi.Administration));
            var referent = await db.Users.Where(u => u.Id == Poste.ReferentId).Select(u => u.Email).FirstAsync();
            outbox.Ajouter(referent!, mails.ShortlistAdministration(Defi.Titre, 1));
            audit.Enregistrer("recrutement.proposee", "Proposition", p.Id.ToString(), $"{Defi.Titre} ← candidature {candidature.Id}");
            await db.SaveChangesAsync();
        }
        catch (DomainException ex)
        {
            TempData["Erreur"] = ex.Message;
            return RedirectToPage(new { id });
        }
        catch (DbUpdateException)
        {
            TempData["Erreur"] = "Cette personne vient d'être proposée pour ce poste.";
            return RedirectToPage(new { id });
        }
        TempData["Succes"] = $"{candidature.Prenom} {candidature.Nom} est proposé·e à l'administration.";
        return RedirectToPage(new { id });
    }

    private BesoinPoste Besoin() => new(Poste.Id, Poste.DefiId, Poste.ProfilCode, Poste.Nombre, Appariement.MotsCles(Poste.Expertises), Poste.DebutSouhaite);

    private async Task<bool> ChargerAsync(Guid id)
    {
        var poste = await db.PostesOuverts.FirstOrDefaultAsync(p => p.Id == id);
        if (poste is null) return false;
        Poste = poste;
        Defi = await db.Defis.FirstAsync(d => d.Id == poste.DefiId);
        ProfilLibelle = await db.ProfilsRecherches.Where(p => p.Code == poste.ProfilCode).Select(p => p.Libelle).FirstOrDefaultAsync() ?? poste.ProfilCode;
        Propositions = await db.Propositions.Where(p => p.PosteId == id).OrderBy(p => p.ProposeeLe)
            .Join(db.Candidatures, p => p.CandidatureId, c => c.Id, (p, c) => new LigneProposition(p.Id, c.Id, c.Prenom + " " + c.Nom, p.Etat, p.Explication, p.AvisAdministration,
                db.Offres.Any(o => o.PropositionId == p.Id)))
            .ToListAsync();
        var exclus = Propositions.Select(p => p.CandidatureId).ToHashSet();
        // The run covers every post of the promotion for this profile, so that one person is not suggested everywhere.
        var promotion = Defi.PromotionId;
        var autres = (await db.PostesOuverts.Where(p => p.Id != poste.Id && p.ProfilCode == poste.ProfilCode
                && db.Defis.Any(d => d.Id == p.DefiId && d.PromotionId == promotion))
            .Select(p => new { p.Id, p.DefiId, p.ProfilCode, p.Nombre, p.Expertises, p.DebutSouhaite }).ToListAsync())
            .Select(p => new BesoinPoste(p.Id, p.DefiId, p.ProfilCode, p.Nombre, Appariement.MotsCles(p.Expertises), p.DebutSouhaite)).ToList();
        var vivier = await VivierAppariement.ChargerAsync(db, poste.ProfilCode);
        var ici = Besoin();
        // In the posts' own order, not this page's first: at equal score a person goes to the same post whichever page is open.
        var suggestions = Appariement.SuggererTout(autres.Append(ici).OrderBy(p => p.PosteId), vivier, new Dictionary<Guid, HashSet<Guid>> { [ici.PosteId] = exclus },
            await VivierAppariement.ProposeesAsync(db), AussiSuggerees, p => p.PosteId == ici.PosteId ? 10 : Proposition.ParPoste * Math.Max(1, p.Nombre))[ici.PosteId];
        // Those this post alone would list that the run gave to another post.
        if (!AussiSuggerees)
            EcarteesAilleurs = Appariement.Suggerer(ici, vivier, exclus, combien: 10).Count(s => suggestions.All(x => x.CandidatureId != s.CandidatureId));
        var ids = suggestions.Select(s => s.CandidatureId).ToList();
        var infos = await db.Candidatures.Where(c => ids.Contains(c.Id)).Select(c => new { c.Id, Nom = c.Prenom + " " + c.Nom, c.AnneesExperience, c.Ville }).ToDictionaryAsync(c => c.Id);
        Suggestions = suggestions.Select(s => new LigneSuggestion(s, infos[s.CandidatureId].Nom, infos[s.CandidatureId].AnneesExperience, infos[s.CandidatureId].Ville)).ToList();
        return true;
    }
}
