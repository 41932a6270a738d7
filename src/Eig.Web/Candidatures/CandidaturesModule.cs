
namespace Eig.Web.Candidatures;

/// <summary>Section <c>Candidatures</c> of the configuration.</summary>
public sealed class CandidaturesOptions
{
    /// <summary>Largest CV accepted, in bytes.</summary>
    public int CvTailleMax { get; set; } = 5 * 1024 * 1024;
    /// <summary>How long the file of a candidate not retained is kept after the decision (personal-data page: 2 years).</summary>
    public int ConservationMois { get; set; } = 24;
    /// <summary>How long a person stays in the vivier without being placed before their file is erased (notice first).</summary>
    public int VivierConservationMois { get; set; } = 24;
    /// <summary>Days between the notice mail and the erasure, so the person can download their data first.</summary>
    public int PreavisPurgeJours { get; set; } = 30;
}

/// <summary>The call for candidates: options, mail templates, and the purge verb.</summary>
public sealed class CandidaturesModule : IFeatureModule
{
    public IEnumerable<Infrastructure.Mail.ModeleCourriel> Courriels => ModelesCandidatures.Tous;

    public void AddServices(IServiceCollection services, IConfiguration config)
    {
        services.Configure<CandidaturesOptions>(config.GetSection("Candidatures"));
        services.AddScoped<CandidaturesMails>();
        services.AddScoped<DecisionsCandidature>();
        services.AddScoped<PurgeCandidatures>();
        services.AddScoped<ReservationsEntretiens>();
        services.AddSingleton<Microsoft.Extensions.Options.IConfigureOptions<Microsoft.AspNetCore.Mvc.MvcOptions>, MessagesDeLiaisonFrancais>();
    }

    public IEnumerable<RubriqueAdmin> Rubriques =>
    [
        new("Appels à candidatures", "/admin/appels-a-candidatures", "Profils, sprints, grille de rémunération, règlement."),
        new("Candidatures", "/admin/candidatures", "Examiner, affecter des expert·es, décider, publier les créneaux."),
        new("Vivier et recrutement", "/admin/recrutement", "Postes des défis lauréats, appariement, offres."),
    ];

    public IEnumerable<EspaceDeRole> Espaces =>
    [
        new(Eig.Web.Comptes.Roles.Candidat, "Mon espace candidat", "/espace-candidat", "Ma candidature, ses étapes, mes entretiens, mes données."),
        new(Eig.Web.Comptes.Roles.Evaluateur, "Candidatures à évaluer", "/evaluation/candidatures", "Les dossiers et entretiens qui vous sont confiés."),
        new(Eig.Web.Comptes.Roles.Porteur, "Recrutement de vos EIG", "/espace-porteur/recrutement", "Les candidatures proposées pour vos défis."),
    ];

    public IEnumerable<VerbeOperateur> Verbes =>
    [
        new VerbeOperateur("purge-candidatures",
            "efface les candidatures non retenues après la durée de conservation, en prévenant chaque personne d'abord",
            async (sp, args) =>
            {
                var (avis, effacees) = await sp.GetRequiredService<PurgeCandidatures>().ExecuterAsync();
                Console.WriteLine($"{Fr.Nombre(avis, "avis envoyé", "avis envoyés")}, {Fr.Nombre(effacees, "candidature effacée", "candidatures effacées")}.");
                return 0;
            }),
    ];

    public IEnumerable<Infrastructure.Planification.TachePlanifiee> Taches =>
    [
        new("rappels-entretiens", "Rappel, la veille, de chaque entretien réservé (premier entretien, entretien de mission)",
            Infrastructure.Planification.Horaire.ChaqueJourA(18, 0),
            async (sp, ct) => Fr.Nombre(await sp.GetRequiredService<ReservationsEntretiens>().EnvoyerRappelsAsync(ct), "rappel envoyé", "rappels envoyés")),
        new("purge-candidatures", "Effacement des candidatures arrivées au terme de leur conservation (avis d'abord)",
            Infrastructure.Planification.Horaire.ChaqueJourA(3, 30),
            async (sp, ct) =>
            {
                var (avis, effacees) = await sp.GetRequiredService<PurgeCandidatures>().ExecuterAsync(ct);
                return $"{Fr.Nombre(avis, "avis envoyé", "avis envoyés")}, {Fr.Nombre(effacees, "candidature effacée", "candidatures effacées")}";
            }),
    ];

    public IEnumerable<Infrastructure.Conservation.RegleConservation> Conservation =>
    [
        new("candidatures", 30, "Candidats et candidates", "identité, coordonnées, CV, expérience, évaluations et entretiens",
            "recruter les talents de la promotion", 24,
            mois => $"{Infrastructure.Conservation.ReglesConservation.Mois(mois)} après la décision si la candidature n'est pas retenue ou est retirée (un avis est envoyé d'abord) ; durée du contrat et de ses obligations sinon",
            MoisConfigures: sp => sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<CandidaturesOptions>>().Value.ConservationMois,
            Tache: "purge-candidatures"),
        new("vivier", 31, "Membres du vivier jamais placés", "candidature, CV, évaluations et entretiens",
            "proposer la personne aux défis des promotions suivantes", 24,
            mois => $"{Infrastructure.Conservation.ReglesConservation.Mois(mois)} après l'entrée dans le vivier si aucune mission n'a été trouvée (un avis est envoyé d'abord, et rien n'est effacé pendant une proposition en cours)",
            MoisConfigures: sp => sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<CandidaturesOptions>>().Value.VivierConservationMois,
            Tache: "purge-candidatures"),
    ];

    /// <summary>The candidate's space had its own "Mes données" and "Supprimer mon compte" pages; they are now the
    /// account's, for every role (Pages/Compte). The old addresses, in mails already sent and bookmarks, lead there.</summary>
    public void MapEndpoints(IEndpointRouteBuilder app)
    {
        foreach (var (ancienne, nouvelle) in new[] { ("/espace-candidat/mes-donnees", "/compte/mes-donnees"), ("/espace-candidat/supprimer-mon-compte", "/compte/supprimer-mon-compte") })
            app.MapGet(ancienne, (HttpContext http) => Results.Redirect(nouvelle + http.Request.QueryString, permanent: true)).ExcludeFromDescription();
    }
}

/// <summary>Model-binding messages in French (e.g. "abc" typed in a number field), for every form of the service.</summary>
public sealed class MessagesDeLiaisonFrancais : Microsoft.Extensions.Options.IConfigureOptions<Microsoft.AspNetCore.Mvc.MvcOptions>
{
    public void Configure(Microsoft.AspNetCore.Mvc.MvcOptions o)
    {
        var m = o.ModelBindingMessageProvider;
        m.SetAttemptedValueIsInvalidAccessor((v, _) => $"La valeur « {v} » n'est pas valide.");
        m.SetValueMustBeANumberAccessor(_ => "Saisissez un nombre.");
        m.SetValueIsInvalidAccessor(v => $"La valeur « {v} » n'est pas valide.");
        m.SetMissingBindRequiredValueAccessor(_ => "Ce champ est obligatoire.");
        m.SetMissingKeyOrValueAccessor(() => "Ce champ est obligatoire.");
        m.SetValueMustNotBeNullAccessor(_ => "Ce champ est obligatoire.");
        m.SetNonPropertyAttemptedValueIsInvalidAccessor(v => $"La valeur « {v} » n'est pas valide.");
        m.SetUnknownValueIsInvalidAccessor(_ => "La valeur saisie n'est pas valide.");
        m.SetNonPropertyUnknownValueIsInvalidAccessor(() => "La valeur saisie n'est pas valide.");
        m.SetNonPropertyValueMustBeANumberAccessor(() => "Saisissez un nombre.");
        m.SetMissingRequestBodyRequiredValueAccessor(() => "Le formulaire est vide.");
    }
}
