namespace Eig.Web.Infrastructure.Planification;

/// <summary>When a job runs: every day at a time of day in Paris (the programme's clock, summer and winter time
/// included), or at a fixed interval.</summary>
public abstract record Horaire
{
    /// <summary>The first run strictly after <paramref name="apresUtc"/>.</summary>
    public abstract DateTime Suivante(DateTime apresUtc);
    public abstract string Libelle { get; }

    public static Horaire ChaqueJourA(int heure, int minute = 0) => new Quotidien(new TimeOnly(heure, minute));
    public static Horaire Toutes(TimeSpan intervalle) => new Intervalle(intervalle);

    public sealed record Quotidien(TimeOnly HeureDeParis) : Horaire
    {
        public override DateTime Suivante(DateTime apresUtc)
        {
            var jour = DateOnly.FromDateTime(Fr.EnHeureDeParis(apresUtc));
            for (var i = 0; i < 3; i++)
            {
                var local = jour.AddDays(i).ToDateTime(HeureDeParis);
                // A time skipped when summer time starts (02:30 on the last Sunday of March) runs an hour later.
                if (!Fr.ExisteAParis(local)) local = local.AddHours(1);
                var candidat = Fr.VersUtc(local);
                if (candidat > apresUtc) return candidat;
            }
            return apresUtc.AddDays(1);
        }

        public override string Libelle => $"chaque jour à {HeureDeParis:HH'h'mm} (heure de Paris)";
    }

    public sealed record Intervalle(TimeSpan Duree) : Horaire
    {
        public override DateTime Suivante(DateTime apresUtc) => apresUtc + Duree;
        public override string Libelle => Duree.TotalHours >= 1 ? $"toutes les {Duree.TotalHours:0} heures" : $"toutes les {Duree.TotalMinutes:0} minutes";
    }
}

/// <summary>A job the service runs by itself (a reminder, a purge, a background export), declared by its feature
/// module. <paramref name="Executer"/> runs in its own scope and returns a one-line summary for the staff page.</summary>
public sealed record TachePlanifiee(string Nom, string Libelle, Horaire Horaire,
    Func<IServiceProvider, CancellationToken, Task<string>> Executer);
