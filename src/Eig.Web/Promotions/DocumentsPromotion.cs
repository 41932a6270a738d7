using Eig.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Promotions;

/// <summary>A document staff share with a whole promotion (the seminar's slides, the programme's guide, a template):
/// its EIG and sponsors read it from their défi space, nobody else.</summary>
public class DocumentPromotion
{
    public const long TailleMax = 20 * 1024 * 1024;
    public const int LongueurTitre = 200;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PromotionId { get; set; }
    /// <summary>What staff call it; the file's own name when they give none.</summary>
    public string Titre { get; set; } = "";
    /// <summary>The name of the uploaded file, shown only (see <see cref="Infrastructure.Fichiers.Televersement.NomAffichable"/>).</summary>
    public string NomFichier { get; set; } = "";
    public string TypeMime { get; set; } = "application/pdf";
    public long Taille { get; set; }
    public byte[] Contenu { get; set; } = [];
    public Guid? DeposeParId { get; set; }
    public DateTime DeposeLe { get; set; }
}

/// <summary>Who reads a promotion's documents: staff, and the EIG and sponsors of its défis (the same people the
/// support programme invites). Anyone else is told the document does not exist.</summary>
public static class DocumentsPromotion
{
    public sealed record Ligne(Guid Id, Guid PromotionId, string Titre, string NomFichier, string TypeMime, long Taille, DateTime DeposeLe);

    public static IQueryable<Ligne> Lignes(EigDbContext db, System.Linq.Expressions.Expression<Func<DocumentPromotion, bool>> filtre) =>
        db.DocumentsPromotions.AsNoTracking().Where(filtre).OrderByDescending(d => d.DeposeLe)
            .Select(d => new Ligne(d.Id, d.PromotionId, d.Titre, d.NomFichier, d.TypeMime, d.Taille, d.DeposeLe));

    /// <summary>The documents of the promotions whose défis the person works on.</summary>
    public static IQueryable<Ligne> Pour(EigDbContext db, Guid utilisateurId)
    {
        var promotions = ProgrammeAccompagnement.PromotionsDe(db, utilisateurId);
        return Lignes(db, d => promotions.Contains(d.PromotionId));
    }

    /// <summary>The document, if the person may read it; null otherwise (the page answers 404).</summary>
    public static Task<DocumentPromotion?> TrouverAsync(EigDbContext db, Guid id, Guid utilisateurId, bool staff, CancellationToken ct)
    {
        var promotions = ProgrammeAccompagnement.PromotionsDe(db, utilisateurId);
        return db.DocumentsPromotions.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id && (staff || promotions.Contains(d.PromotionId)), ct);
    }

    /// <summary>"PDF, 1,2 Mo".</summary>
    public static string Description(string typeMime, long taille) =>
        $"{Infrastructure.Fichiers.Televersement.Extension(typeMime).TrimStart('.').ToUpperInvariant()}, {(taille < 1024 * 1024 ? $"{Fr.Entier(Math.Max(1, taille / 1024))} ko" : $"{Fr.Decimal(taille / (1024.0 * 1024.0), 1)} Mo")}";
}
