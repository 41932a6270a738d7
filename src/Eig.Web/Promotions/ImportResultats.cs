using System.Globalization;
using System.Text;
using Eig.Web.Contenus;
using Eig.Web.Infrastructure.Audit;
using Eig.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Promotions;

/// <summary>One row of the import's report: its line in the file and what became of it.</summary>
public sealed record LigneImportResultats(int Ligne, StatutImportResultat Statut, string Texte);

public enum StatutImportResultat
{
    /// <summary>Saved (new, or replacing a different outcome).</summary>
    Importee,
    /// <summary>The same outcome was already recorded: nothing to change (a second import of one file).</summary>
    DejaAJour,
    /// <summary>Correct, but not saved because another row of the file is refused.</summary>
    NonEnregistree,
    Refusee,
}

/// <summary>What an import did: the file refused as a whole (<see cref="ErreurFichier"/>), or a line per row.</summary>
public sealed record RapportImportResultats(string? ErreurFichier, IReadOnlyList<LigneImportResultats> Lignes)
{
    public int Importees => Lignes.Count(l => l.Statut == StatutImportResultat.Importee);
    public int DejaAJour => Lignes.Count(l => l.Statut == StatutImportResultat.DejaAJour);
    public int Refusees => Lignes.Count(l => l.Statut == StatutImportResultat.Refusee);
    /// <summary>True when the file was saved: no file error and no refused row.</summary>
    public bool Enregistre => ErreurFichier is null && Refusees == 0;

    public string Resume => ErreurFichier is { } e ? e
        : Refusees > 0
            ? $"{Fr.Nombre(Refusees, "ligne refusée", "lignes refusées")} : rien n'est enregistré. Corrigez-les dans le fichier puis importez-le à nouveau (les lignes correctes le seront alors)."
            : $"{Fr.Nombre(Importees, "issue importée", "issues importées")}, {Fr.Nombre(DejaAJour, "déjà à jour", "déjà à jour")}.";
}

/// <summary>
/// The outcomes of past promotions from the CSV file staff fill (format in <see cref="Format"/>, shown on the
/// back-office page and in the README). The file is read whole before anything is saved: a refused row (unknown défi,
/// unreadable date, an issue the site does not know…) leaves the database as it was, and the report says why, row by
/// row. Importing the same file again changes nothing: an outcome identical to the one recorded is left alone, a
/// different one replaces it (one outcome per défi, one per person, as when staff type them).
/// </summary>
public sealed class ImportResultats(EigDbContext db, IClock clock, IAuditLog audit)
{
    public const long TailleMax = 2 * 1024 * 1024;

    /// <summary>The columns, as the first row names them (case, accents and spaces ignored).</summary>
    public static readonly IReadOnlyList<(string Colonne, string Sens)> Format =
    [
        ("Défi", "l'identifiant du défi sur le site (ex. « qualite-de-l-eau ») ou son titre exact ; obligatoire pour l'issue d'un défi"),
        ("Personne", "vide pour l'issue d'un défi ; pour la suite de parcours d'un EIG, son identifiant (ex. « alice-martin ») ou son nom tel que le site l'affiche"),
        ("Issue", $"pour un défi : « {ResultatDefi.Libelle(IssueDefi.Poursuivi)} », « {ResultatDefi.Libelle(IssueDefi.ProduitOuStartup)} » ou « {ResultatDefi.Libelle(IssueDefi.Arrete)} » ; "
                  + $"pour un EIG : « {ResultatEig.Libelle(IssueEig.ResteSecteurPublic)} » ou « {ResultatEig.Libelle(IssueEig.Parti)} » (« Resté », « Restée », « Parti », « Partie » conviennent aussi)"),
        ("Date", "jj/mm/aaaa ou aaaa-mm-jj ; obligatoire pour un défi, facultative pour un EIG"),
        ("Où", "pour un EIG resté dans le secteur public, l'employeur (obligatoire dans ce cas) ; facultatif sinon"),
        ("Lien", "pour un défi, facultatif : l'adresse du service ou de la startup (https://…)"),
        ("Commentaire", "pour un défi, facultatif"),
    ];

    public const string Exemple =
        "Défi;Personne;Issue;Date;Où;Lien;Commentaire\n" +
        "qualite-de-l-eau;;Devenu un produit ou une startup d'État;31/07/2023;;https://beta.gouv.fr/startups/exemple.html;\n" +
        "qualite-de-l-eau;Alice Martin;Resté·e dans le secteur public;01/09/2023;Agence régionale de santé Occitanie;;\n";

    private enum Colonne { Defi, Personne, Issue, Date, Ou, Lien, Commentaire }

    private static readonly Dictionary<string, Colonne> Entetes = new()
    {
        ["defi"] = Colonne.Defi, ["defis"] = Colonne.Defi,
        ["personne"] = Colonne.Personne, ["eig"] = Colonne.Personne, ["nom"] = Colonne.Personne,
        ["issue"] = Colonne.Issue,
        ["date"] = Colonne.Date,
        ["ou"] = Colonne.Ou, ["lieu"] = Colonne.Ou, ["employeur"] = Colonne.Ou,
        ["lien"] = Colonne.Lien,
        ["commentaire"] = Colonne.Commentaire, ["commentaires"] = Colonne.Commentaire,
    };

    private static readonly Dictionary<string, IssueDefi> IssuesDefi = new()
    {
        [Cle(ResultatDefi.Libelle(IssueDefi.Poursuivi))] = IssueDefi.Poursuivi,
        ["poursuivi"] = IssueDefi.Poursuivi,
        [Cle(ResultatDefi.Libelle(IssueDefi.ProduitOuStartup))] = IssueDefi.ProduitOuStartup,
        ["produit ou startup d'etat"] = IssueDefi.ProduitOuStartup,
        ["startup d'etat"] = IssueDefi.ProduitOuStartup,
        [Cle(ResultatDefi.Libelle(IssueDefi.Arrete))] = IssueDefi.Arrete,
    };

    private static readonly Dictionary<string, IssueEig> IssuesEig = new()
    {
        [Cle(ResultatEig.Libelle(IssueEig.ResteSecteurPublic))] = IssueEig.ResteSecteurPublic,
        ["restee dans le secteur public"] = IssueEig.ResteSecteurPublic,
        ["reste"] = IssueEig.ResteSecteurPublic, ["restee"] = IssueEig.ResteSecteurPublic,
        [Cle(ResultatEig.Libelle(IssueEig.Parti))] = IssueEig.Parti,
        ["partie du secteur public"] = IssueEig.Parti,
        ["parti"] = IssueEig.Parti, ["partie"] = IssueEig.Parti,
    };

    private sealed record DefiConnu(Guid Id, string Slug, string Titre);
    private sealed record PersonneConnue(Guid Id, string Slug, string Nom, RolePersonne Role, IReadOnlyList<string> Defis);

    /// <summary>Reads the file (bytes as uploaded: UTF-8, a BOM allowed), checks every row, and saves them all or
    /// none. <paramref name="par"/>: the staff member, null from the command line.</summary>
    public async Task<RapportImportResultats> ImporterAsync(byte[] contenu, Guid? par, CancellationToken ct = default)
    {
        string texte;
        try
        {
            texte = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(contenu);
        }
        catch (DecoderFallbackException)
        {
            return new(Infrastructure.Fichiers.Televersement.ErreurPasCsv, []);
        }
        if (texte.Length > 0 && texte[0] == '\uFEFF') texte = texte[1..];
        var lignes = Csv.Lire(texte);
        var entete = lignes.FirstOrDefault(l => !l.Vide);
        if (entete is null) return new("Le fichier ne contient aucune ligne.", []);

        var colonnes = new Dictionary<Colonne, int>();
        for (var i = 0; i < entete.Valeurs.Count; i++)
        {
            var nom = entete.Valeurs[i].Trim();
            if (nom.Length == 0) continue;
            if (!Entetes.TryGetValue(Cle(nom).Replace(" ", ""), out var c))
                return new($"La colonne « {nom} » (ligne {entete.Numero}) n'est pas connue. Colonnes attendues, dans la première ligne : {string.Join(", ", Format.Select(f => f.Colonne))}.", []);
            if (!colonnes.TryAdd(c, i)) return new($"La colonne « {nom} » apparaît deux fois dans la première ligne.", []);
        }
        if (!colonnes.ContainsKey(Colonne.Issue) || !(colonnes.ContainsKey(Colonne.Defi) || colonnes.ContainsKey(Colonne.Personne)))
            return new($"La première ligne doit nommer au moins les colonnes « Défi » ou « Personne », et « Issue » (séparées par « {entete.Separateur} »). Colonnes attendues : {string.Join(", ", Format.Select(f => f.Colonne))}.", []);

        var defis = await db.Defis.AsNoTracking().Select(d => new DefiConnu(d.Id, d.Slug, d.Titre)).ToListAsync(ct);
        var personnes = (await db.Personnes.AsNoTracking().Select(p => new { p.Id, p.Slug, p.Nom, p.Role, p.Defis }).ToListAsync(ct))
            .Select(p => new PersonneConnue(p.Id, p.Slug, p.Nom, p.Role, ListeSlugs.Lire(p.Defis))).ToList();
        var resultatsDefis = await db.ResultatsDefis.ToDictionaryAsync(r => r.DefiId, ct);
        var resultatsEig = await db.ResultatsEig.ToDictionaryAsync(r => r.PersonneId, ct);

        var maintenant = clock.UtcNow;
        var rapport = new List<LigneImportResultats>();
        var aEnregistrer = new List<Action>();
        var vusDefis = new Dictionary<Guid, int>();
        var vusPersonnes = new Dictionary<Guid, int>();
        foreach (var l in lignes.Where(l => !l.Vide && !ReferenceEquals(l, entete)))
        {
            string V(Colonne c) => colonnes.TryGetValue(c, out var i) && i < l.Valeurs.Count ? l.Valeurs[i].Trim() : "";
            void Refuser(string raison) => rapport.Add(new(l.Numero, StatutImportResultat.Refusee, raison));
            void Accepter(StatutImportResultat statut, string texte) => rapport.Add(new(l.Numero, statut, texte));

            var defiTexte = V(Colonne.Defi);
            var personneTexte = V(Colonne.Personne);
            DefiConnu? defi = null;
            if (defiTexte.Length > 0)
            {
                var (trouve, erreur) = TrouverDefi(defis, defiTexte);
                if (erreur is not null) { Refuser(erreur); continue; }
                defi = trouve;
            }
            if (!LireDate(V(Colonne.Date), out var date)) { Refuser($"la date « {V(Colonne.Date)} » n'est pas lisible : écrivez-la jj/mm/aaaa (31/07/2023) ou aaaa-mm-jj (2023-07-31)."); continue; }

            try
            {
                if (personneTexte.Length == 0)
                {
                    if (defi is null) { Refuser("ni défi ni personne : indiquez le défi (et la personne pour la suite de parcours d'un EIG)."); continue; }
                    if (!IssuesDefi.TryGetValue(Cle(V(Colonne.Issue)), out var issue))
                    { Refuser($"l'issue « {V(Colonne.Issue)} » n'est pas une issue de défi : « {ResultatDefi.Libelle(IssueDefi.Poursuivi)} », « {ResultatDefi.Libelle(IssueDefi.ProduitOuStartup)} » ou « {ResultatDefi.Libelle(IssueDefi.Arrete)} »."); continue; }
                    if (date is not { } jour) { Refuser($"indiquez la date de l'issue du défi « {defi.Titre} »."); continue; }
                    if (V(Colonne.Ou).Length > 0) { Refuser("la colonne « Où » ne concerne que la suite de parcours d'un EIG : laissez-la vide pour un défi, ou indiquez la personne."); continue; }
                    if (vusDefis.TryGetValue(defi.Id, out var avant)) { Refuser($"le défi « {defi.Titre} » a déjà son issue à la ligne {avant} du fichier."); continue; }
                    var r = Resultats.PourDefi(defi.Id, issue, jour, V(Colonne.Lien), V(Colonne.Commentaire), SourceResultat.Import, par, maintenant);
                    vusDefis[defi.Id] = l.Numero;
                    var ancien = resultatsDefis.GetValueOrDefault(defi.Id);
                    if (ancien is not null && ancien.Issue == r.Issue && ancien.Date == r.Date && ancien.Lien == r.Lien && ancien.Commentaire == r.Commentaire)
                    { Accepter(StatutImportResultat.DejaAJour, $"défi « {defi.Titre} » : {ResultatDefi.Libelle(issue)}, déjà enregistré."); continue; }
                    aEnregistrer.Add(() =>
                    {
                        if (ancien is not null) db.ResultatsDefis.Remove(ancien);
                        db.ResultatsDefis.Add(r);
                    });
                    Accepter(StatutImportResultat.Importee, $"défi « {defi.Titre} » : {ResultatDefi.Libelle(issue)} le {Fr.Date(jour)}{Remplace(ancien?.Source)}.");
                }
                else
                {
                    var (personne, erreur) = TrouverEig(personnes, personneTexte, defi);
                    if (erreur is not null) { Refuser(erreur); continue; }
                    if (!IssuesEig.TryGetValue(Cle(V(Colonne.Issue)), out var issue))
                    { Refuser($"l'issue « {V(Colonne.Issue)} » n'est pas une suite de parcours d'EIG : « {ResultatEig.Libelle(IssueEig.ResteSecteurPublic)} » ou « {ResultatEig.Libelle(IssueEig.Parti)} »."); continue; }
                    if (V(Colonne.Lien).Length > 0 || V(Colonne.Commentaire).Length > 0)
                    { Refuser("le lien et le commentaire ne concernent que l'issue d'un défi : laissez-les vides sur la ligne d'un EIG."); continue; }
                    if (vusPersonnes.TryGetValue(personne!.Id, out var avant)) { Refuser($"la suite de parcours de {personne.Nom} est déjà donnée à la ligne {avant} du fichier."); continue; }
                    var r = Resultats.PourEig(personne.Id, issue, V(Colonne.Ou), date, SourceResultat.Import, par, maintenant);
                    vusPersonnes[personne.Id] = l.Numero;
                    var ancien = resultatsEig.GetValueOrDefault(personne.Id);
                    if (ancien is not null && ancien.Issue == r.Issue && ancien.Ou == r.Ou && ancien.Date == r.Date)
                    { Accepter(StatutImportResultat.DejaAJour, $"{personne.Nom} : {ResultatEig.Libelle(issue)}, déjà enregistré."); continue; }
                    aEnregistrer.Add(() =>
                    {
                        if (ancien is not null) db.ResultatsEig.Remove(ancien);
                        db.ResultatsEig.Add(r);
                    });
                    Accepter(StatutImportResultat.Importee, $"{personne.Nom} : {ResultatEig.Libelle(issue)}{(r.Ou.Length > 0 ? $" ({r.Ou})" : "")}{Remplace(ancien?.Source)}.");
                }
            }
            catch (DomainException ex)
            {
                Refuser(char.ToLower(ex.Message[0], Fr.Culture) + ex.Message[1..]);
            }
        }

        if (rapport.Count == 0) return new("Le fichier ne contient que sa ligne d'en-tête : ajoutez une ligne par issue.", []);
        if (rapport.Any(r => r.Statut == StatutImportResultat.Refusee))
            return new(null, rapport.Select(r => r.Statut == StatutImportResultat.Importee ? r with { Statut = StatutImportResultat.NonEnregistree } : r).ToList());
        if (aEnregistrer.Count > 0)
        {
            foreach (var a in aEnregistrer) a();
            var resultat = new RapportImportResultats(null, rapport);
            audit.Enregistrer("resultats.importer", "ResultatDefi", null, $"{resultat.Importees} importées, {resultat.DejaAJour} déjà à jour");
            await db.SaveChangesAsync(ct);
        }
        return new(null, rapport);
    }

    private static string Remplace(SourceResultat? source) => source switch
    {
        null => "",
        SourceResultat.Equipe => " (remplace l'issue saisie par l'équipe)",
        SourceResultat.Personne => " (remplace la réponse de la personne)",
        _ => " (remplace l'issue d'un import précédent)",
    };

    private static (DefiConnu?, string?) TrouverDefi(IReadOnlyList<DefiConnu> defis, string texte)
    {
        if (defis.FirstOrDefault(d => d.Slug == texte.ToLowerInvariant()) is { } parSlug) return (parSlug, null);
        var cle = Cle(texte);
        var parTitre = defis.Where(d => Cle(d.Titre) == cle).ToList();
        return parTitre.Count switch
        {
            1 => (parTitre[0], null),
            0 => (null, $"aucun défi n'a l'identifiant ou le titre « {texte} »."),
            _ => (null, $"plusieurs défis s'intitulent « {texte} » : donnez son identifiant ({string.Join(", ", parTitre.Select(d => d.Slug))})."),
        };
    }

    /// <summary>By the person's identifier, else their name; among namesakes, the one in the row's défi.</summary>
    private static (PersonneConnue?, string?) TrouverEig(IReadOnlyList<PersonneConnue> personnes, string texte, DefiConnu? defi)
    {
        var trouvees = personnes.Where(p => p.Slug == texte.ToLowerInvariant()).ToList();
        if (trouvees.Count == 0)
        {
            var cle = Cle(texte);
            trouvees = personnes.Where(p => Cle(p.Nom) == cle).ToList();
        }
        if (trouvees.Count > 1 && defi is not null) trouvees = trouvees.Where(p => p.Defis.Contains(defi.Slug)).ToList();
        if (trouvees.Count == 0) return (null, $"aucune personne du site n'a l'identifiant ou le nom « {texte} »{(defi is null ? "" : $" dans le défi « {defi.Titre} »")}.");
        if (trouvees.Count > 1) return (null, $"plusieurs personnes s'appellent « {texte} » : donnez son identifiant ({string.Join(", ", trouvees.Select(p => p.Slug))}) ou son défi.");
        var p = trouvees[0];
        if (p.Role != RolePersonne.Participant) return (null, $"{p.Nom} n'est pas un EIG sur le site (rôle « {Personne.NomFichier(p.Role)} ») : seule la suite de parcours d'un EIG est suivie.");
        return (p, null);
    }

    private static bool LireDate(string texte, out DateOnly? date)
    {
        date = null;
        if (texte.Length == 0) return true;
        if (DateOnly.TryParseExact(texte, ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            date = d;
            return true;
        }
        return false;
    }

    /// <summary>What two spellings of one value share: no case, no accents, the inclusive "·e" and "(e)" dropped,
    /// typographic apostrophes as plain ones, single spaces.</summary>
    private static string Cle(string texte)
    {
        var t = texte.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(t.Length);
        foreach (var c in t)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) sb.Append(c);
        var s = sb.ToString().ToLowerInvariant().Replace('’', '\'').Replace("·e", "").Replace("(e)", "").Replace("·", "");
        return string.Join(' ', s.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).TrimEnd('.');
    }

    /// <summary>A CSV reader for what spreadsheets write: ';' or ',' (whichever the first row uses), fields in double
    /// quotes holding separators, quotes ("") and line breaks, CRLF or LF.</summary>
    public static class Csv
    {
        public sealed record Ligne(int Numero, IReadOnlyList<string> Valeurs, char Separateur)
        {
            public bool Vide => Valeurs.All(v => v.Trim().Length == 0);
        }

        public static IReadOnlyList<Ligne> Lire(string texte)
        {
            var premiere = texte.Split('\n', 2)[0];
            var separateur = Compter(premiere, ';') >= Compter(premiere, ',') && Compter(premiere, ';') > 0 ? ';' : ',';
            var lignes = new List<Ligne>();
            var valeurs = new List<string>();
            var champ = new StringBuilder();
            var numero = 1;
            var debut = 1;
            var guillemets = false;
            for (var i = 0; i < texte.Length; i++)
            {
                var c = texte[i];
                if (guillemets)
                {
                    if (c == '"' && i + 1 < texte.Length && texte[i + 1] == '"') { champ.Append('"'); i++; }
                    else if (c == '"') guillemets = false;
                    else
                    {
                        if (c == '\n') numero++;
                        champ.Append(c);
                    }
                }
                else if (c == '"' && champ.ToString().Trim().Length == 0) { champ.Clear(); guillemets = true; }
                else if (c == separateur) { valeurs.Add(champ.ToString()); champ.Clear(); }
                else if (c == '\r') { }
                else if (c == '\n')
                {
                    valeurs.Add(champ.ToString());
                    champ.Clear();
                    lignes.Add(new Ligne(debut, valeurs, separateur));
                    valeurs = [];
                    numero++;
                    debut = numero;
                }
                else champ.Append(c);
            }
            if (champ.Length > 0 || valeurs.Count > 0)
            {
                valeurs.Add(champ.ToString());
                lignes.Add(new Ligne(debut, valeurs, separateur));
            }
            return lignes;
        }

        private static int Compter(string ligne, char c)
        {
            var n = 0;
            var guillemets = false;
            foreach (var x in ligne)
            {
                if (x == '"') guillemets = !guillemets;
                else if (x == c && !guillemets) n++;
            }
            return n;
        }
    }
}
