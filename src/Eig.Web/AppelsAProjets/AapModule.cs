using Microsoft.EntityFrameworkCore;

namespace Eig.Web.AppelsAProjets;

/// <summary>The call for projects' services: dossier access rules, PDFs, mails, reminders, and its back-office entry.</summary>
public sealed class AapModule : IFeatureModule
{
    public void AddServices(IServiceCollection services, IConfiguration config)
    {
        services.AddScoped<DossierAcces>();
        services.AddScoped<AapMails>();
        services.AddScoped<MouvementsDossier>();
        services.AddScoped<AffectationsDossier>();
        services.AddScoped<PublicationJury>();
        services.AddScoped<Relances>();
        services.AddScoped<ReservationsSoutenances>();
        services.AddScoped<Messagerie>();
        services.AddScoped<SuiviPorteur>();
        services.AddScoped<PiecesDossier>();
        services.AddSingleton<AapPdf>();
        // Labels, hints and limits of the dossier's step pages come from FormulaireDossier.
        services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(o => o.ModelMetadataDetailsProviders.Add(new ChampsDossierMetadonnees()));
        RechercheEntreprises.Ajouter(services, config);
    }

    public IEnumerable<Infrastructure.Mail.ModeleCourriel> Courriels => ModelesAap.Tous;

    public IEnumerable<RubriqueAdmin> Rubriques =>
    [
        new("Appels à projets", "/admin/appels-a-projets", "Appels, grilles, soutenances et jurys."),
        new("Dossiers", "/admin/dossiers", "Instruire, affecter, classer, exporter."),
    ];

    public IEnumerable<VerbeOperateur> Verbes =>
    [
        new VerbeOperateur("aap-relances",
            "envoie les relances dues : évaluations proches de l'échéance, soutenances du lendemain (à lancer chaque jour)",
            async (sp, _) =>
            {
                var (evaluations, soutenances) = await sp.GetRequiredService<Relances>().EnvoyerAsync(CancellationToken.None);
                Console.WriteLine($"{Fr.Nombre(evaluations, "relance", "relances")} d'évaluation, {Fr.Nombre(soutenances, "rappel", "rappels")} de soutenance.");
                return 0;
            }),
    ];

    public IEnumerable<Infrastructure.Planification.TachePlanifiee> Taches =>
    [
        new("aap-relances", "Relances des évaluations proches de l'échéance et rappels des soutenances du lendemain",
            Infrastructure.Planification.Horaire.ChaqueJourA(8, 0),
            async (sp, ct) =>
            {
                var (evaluations, soutenances) = await sp.GetRequiredService<Relances>().EnvoyerAsync(ct);
                return $"{Fr.Nombre(evaluations, "relance d'évaluation", "relances d'évaluation")}, {Fr.Nombre(soutenances, "rappel de soutenance", "rappels de soutenance")}";
            }),
    ];

    public IEnumerable<Infrastructure.Conservation.RegleConservation> Conservation =>
    [
        new("dossiers", 20, "Porteurs de projet lauréats", "dossier de l'administration, pièces jointes, échanges avec l'équipe, évaluations",
            "instruire l'appel à projets, suivre le défi, garder trace de la sélection", 60,
            mois => $"{Infrastructure.Conservation.ReglesConservation.Mois(mois)} après la décision (archives de la sélection)"),
        new("dossiers-non-retenus", 22, "Porteurs de projet non retenus", "dossier non retenu ou classé sans suite, pièces jointes, échanges avec l'équipe, évaluations, décision du jury",
            "répondre aux questions sur la décision, garder trace de la sélection", 24,
            mois => $"{Infrastructure.Conservation.ReglesConservation.Mois(mois)} après la décision, puis effacé automatiquement",
            async (sp, limite, ct) =>
            {
                var db = sp.GetRequiredService<Infrastructure.Database.EigDbContext>();
                var refuses = await db.DossiersProjets
                    .Where(d => (d.Etat == EtatDossier.NonRetenu || d.Etat == EtatDossier.SansSuite) && d.DecideLe < limite)
                    .Select(d => d.Id).ToListAsync(ct);
                if (refuses.Count == 0) return 0;
                // One transaction: the reviews (their notes go with them) and the jury's agenda points, which do not
                // cascade from the dossier, then the dossiers with what does (files, messages, annotations…).
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                await db.Affectations.Where(a => a.Objet == Evaluations.ObjetsEvalues.DossierProjet && refuses.Contains(a.ObjetId)).ExecuteDeleteAsync(ct);
                await db.PointsOrdreDuJour.Where(p => refuses.Contains(p.DossierId)).ExecuteDeleteAsync(ct);
                var n = await db.DossiersProjets.Where(d => refuses.Contains(d.Id)).ExecuteDeleteAsync(ct);
                await tx.CommitAsync(ct);
                return n;
            }),
        new("dossiers-brouillons", 21, "Porteurs de projet", "dossier commencé mais jamais déposé, avec ses pièces jointes",
            "permettre de reprendre un dossier en cours", 12,
            mois => $"{Infrastructure.Conservation.ReglesConservation.Mois(mois)} après sa dernière modification, puis effacé automatiquement",
            async (sp, limite, ct) =>
            {
                var db = sp.GetRequiredService<Infrastructure.Database.EigDbContext>();
                var abandonnes = await db.DossiersProjets.Where(d => d.Etat == EtatDossier.Brouillon && d.ModifieLe < limite).ToListAsync(ct);
                db.DossiersProjets.RemoveRange(abandonnes);
                await db.SaveChangesAsync(ct);
                return abandonnes.Count;
            }),
    ];
}
