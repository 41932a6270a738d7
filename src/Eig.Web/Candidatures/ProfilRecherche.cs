namespace Eig.Web.Candidatures;

/// <summary>A profile a call offers (promotion 7: "directeur·rice de produit", "directeur·rice technique"; earlier:
/// développeur·se, data scientist…). Data, not an enum: each call lists its own.</summary>
public class ProfilRecherche
{
    public const int LongueurCode = 40;
    public const int LongueurLibelle = 200;
    public const int LongueurDescription = 2000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid AppelId { get; set; }
    /// <summary>Stable short code ("produit", "technique") used to match a défi's granted profiles.</summary>
    public string Code { get; set; } = "";
    public string Libelle { get; set; } = "";
    public string Description { get; set; } = "";
    public int Ordre { get; set; }
    /// <summary>The experts' scorecard for the dossier review (step 1), a shared evaluation grid.</summary>
    public Guid? GrilleDossierId { get; set; }
    /// <summary>The interviewers' scorecard for the first interview (step 2).</summary>
    public Guid? GrilleEntretienId { get; set; }
}

/// <summary>A recruitment sprint: candidatures filed in its window are interviewed in its interview window.</summary>
public class SprintRecrutement
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid AppelId { get; set; }
    public int Numero { get; set; }
    public DateOnly DepotDebut { get; set; }
    public DateOnly DepotFin { get; set; }
    public DateOnly EntretiensDebut { get; set; }
    public DateOnly EntretiensFin { get; set; }

    public bool DansFenetreEntretiens(DateTime debutUtc) =>
        DateOnly.FromDateTime(debutUtc) >= EntretiensDebut && DateOnly.FromDateTime(debutUtc) <= EntretiensFin;
}

/// <summary>The call's règlement, a PDF kept in the database so that one backup holds everything.</summary>
public class ReglementAppel
{
    public Guid AppelId { get; set; }
    public string NomFichier { get; set; } = "";
    public byte[] Contenu { get; set; } = [];
    public DateTime DeposeLe { get; set; }
}
