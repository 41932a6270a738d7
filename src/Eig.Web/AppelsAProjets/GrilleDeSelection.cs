using Eig.Web.Evaluations;
using Eig.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.AppelsAProjets;

/// <summary>The grid the dossiers of a call are evaluated with: by default the programme's nine selection criteria.</summary>
public static class GrilleDeSelection
{
    /// <summary>The nine selection criteria the program publishes (seed 001), in our own words; staff adapt them.</summary>
    public static Grille ParDefaut()
    {
        var g = new Grille { Nom = "Critères de sélection des projets" };
        g.AjouterCritere("Problème avéré", "Le problème a été observé sur le terrain et s'appuie sur des données ou des études.");
        g.AjouterCritere("Problème majeur", "Il touche beaucoup de personnes, revient souvent ou pèse lourdement sur elles.");
        g.AjouterCritere("Problème actionnable", "Un terrain d'expérimentation est accessible et l'objectif d'impact est précis et mesurable.");
        g.AjouterCritere("Adéquation avec l'approche produit", "L'administration accepte d'explorer, d'apprendre et d'ajuster selon les résultats.");
        g.AjouterCritere("Poids et qualité du sponsoring", "Un sponsor engagé, disponible et familier du pilotage collaboratif.");
        g.AjouterCritere("Autonomie et accès aux ressources", "Rien n'empêche d'associer experts métiers et usagers au travail.");
        g.AjouterCritere("Soutien aux politiques prioritaires", "Le service sert une politique prioritaire du gouvernement.");
        g.AjouterCritere("Feuille de route stratégique", "Une trajectoire à moyen terme, réfléchie et soutenue.");
        g.AjouterCritere("Ambition entrepreneuriale", "La mission vise un vrai changement d'échelle et peut attirer des profils aguerris.");
        return g;
    }

    /// <summary>The call's grid with its criteria. A call created before grids existed (or by the demo seeder) gets the
    /// default grid the first time one is needed.</summary>
    public static async Task<Grille> DeLAppelAsync(EigDbContext db, AppelAProjets appel, CancellationToken ct)
    {
        if (appel.GrilleId is { } id && await db.Grilles.Include(g => g.Criteres).FirstOrDefaultAsync(g => g.Id == id, ct) is { } g)
            return g;
        var grille = ParDefaut();
        db.Grilles.Add(grille);
        appel.GrilleId = grille.Id;
        await db.SaveChangesAsync(ct);
        return grille;
    }
}
