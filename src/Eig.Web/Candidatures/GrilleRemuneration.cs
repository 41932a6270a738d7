namespace Eig.Web.Candidatures;

/// <summary>The pay of an EIG, in whole euros net a month plus a variable share in percent, chosen by years of
/// experience. Seed 004 says "jusqu'à 10 ans d'expérience … au-delà de 10 ans": "jusqu'à" includes its bound, so
/// exactly 10 years is paid on the first line and the second line starts at 11 years.</summary>
public sealed record GrilleRemuneration(int SeuilAnnees, int SalaireJusquauSeuil, int VariableJusquauSeuil, int SalaireAuDela, int VariableAuDela)
{
    public static readonly GrilleRemuneration Promotion7 = new(10, 4250, 6, 5000, 10);

    public void Valider()
    {
        if (SeuilAnnees is < 0 or > 60)
            throw new DomainException("Le seuil d'expérience de la grille doit être compris entre 0 et 60 ans.");
        if (SalaireJusquauSeuil <= 0 || SalaireAuDela <= 0)
            throw new DomainException("Les salaires de la grille doivent être positifs.");
        if (VariableJusquauSeuil is < 0 or > 100 || VariableAuDela is < 0 or > 100)
            throw new DomainException("La part variable doit être comprise entre 0 et 100 %.");
    }

    public Remuneration Calculer(int anneesExperience)
    {
        if (anneesExperience < 0)
            throw new DomainException("Le nombre d'années d'expérience ne peut pas être négatif.");
        return anneesExperience <= SeuilAnnees
            ? new Remuneration(SalaireJusquauSeuil, VariableJusquauSeuil,
                $"{Fr.Nombre(anneesExperience, "an", "ans")} d'expérience, soit jusqu'à {SeuilAnnees} ans : {Fr.Euros(SalaireJusquauSeuil)} net par mois et une part variable de {VariableJusquauSeuil} %.")
            : new Remuneration(SalaireAuDela, VariableAuDela,
                $"{anneesExperience} ans d'expérience, soit au-delà de {SeuilAnnees} ans : {Fr.Euros(SalaireAuDela)} net par mois et une part variable de {VariableAuDela} %.");
    }
}

/// <summary>The result of the grid for one person, with the sentence that explains which rule applied.</summary>
public sealed record Remuneration(int SalaireNetMensuel, int PartVariablePourcent, string RegleAppliquee);
