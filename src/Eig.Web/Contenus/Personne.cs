namespace Eig.Web.Contenus;

public enum RolePersonne
{
    Participant = 0,
    AgentProgramme = 1,
    AgentProgrammeAlumni = 2,
    AgentEcosysteme = 3,
    AgentPublic = 4,
}

/// <summary>Someone the site shows: an EIG, a member of the team, an agent. Shown in the public directories unless
/// hidden (see <see cref="ConsentementProfilPublic"/>).</summary>
public class Personne
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Fichier { get; set; } = "";
    public string Slug { get; set; } = "";
    public string Nom { get; set; } = "";
    public string? Poste { get; set; }
    public string? Description { get; set; }
    public string Promotions { get; set; } = "";
    public RolePersonne Role { get; set; }
    public string Defis { get; set; } = "";
    public string Expertises { get; set; } = "";
    public string? Image { get; set; }
    public string? LinkedIn { get; set; }
    public string? GitHub { get; set; }
    public string Corps { get; set; } = "";
    /// <summary>Shown on the public site. Imported people are shown as the former site showed them; staff can hide
    /// a person, and anyone can ask for their profile to be hidden (personal-data page). A re-import keeps the
    /// choice unless the file itself says <c>public_profile</c>.</summary>
    public bool ConsentementProfilPublic { get; set; }
    /// <summary>The CMS's "weight": smaller first in the directories, then by name.</summary>
    public int? Poids { get; set; }
    public string Extras { get; set; } = "{}";
    public DateTime ModifieLe { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    /// <summary>The names the program's files use.</summary>
    public static readonly IReadOnlyDictionary<string, RolePersonne> RolesFichier = new Dictionary<string, RolePersonne>
    {
        ["participant"] = RolePersonne.Participant,
        ["agent-programme"] = RolePersonne.AgentProgramme,
        ["agent-programme-alumni"] = RolePersonne.AgentProgrammeAlumni,
        ["agent-ecosysteme"] = RolePersonne.AgentEcosysteme,
        ["agent-public"] = RolePersonne.AgentPublic,
    };

    public static string NomFichier(RolePersonne role) => RolesFichier.First(kv => kv.Value == role).Key;
}
