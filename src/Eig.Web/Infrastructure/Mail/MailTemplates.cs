using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Eig.Web.Infrastructure.Mail;

public sealed record MailContent(string Sujet, string Html, string Texte)
{
    /// <summary>The record the mail is about (its staff page lists the mails sent about it).</summary>
    public string? ObjetType { get; init; }
    public Guid? ObjetId { get; init; }
    /// <summary>Extra headers the message carries (name, value), e.g. <c>List-Unsubscribe</c>.</summary>
    public IReadOnlyList<(string Nom, string Valeur)> EnTetes { get; init; } = [];
}

/// <summary>A mail body: paragraphs, an optional action link, an optional note. Text is encoded when rendered.</summary>
public sealed record MailBody(string Titre, IReadOnlyList<string> Paragraphes, (string Libelle, string Url)? Action = null,
    string? Note = null, (string Libelle, string Url)? Desinscription = null);

/// <summary>The service's mails, in French, with its look: one layout, one text version for each. An automatic mail
/// is rendered from its template (<see cref="Rendre"/>): the text staff last saved for its call, else for every call,
/// else the text written in code.</summary>
public sealed class MailTemplates(IOptions<MailOptions> options, Database.EigDbContext db, MailTemplates.VersionsEnMemoire versions)
{
    public string Lien(string cheminEtRequete) => options.Value.BaseUrl.TrimEnd('/') + cheminEtRequete;

    /// <summary>Every automatic mail: the foundation's, then those the feature modules declare.</summary>
    public static IReadOnlyList<ModeleCourriel> Modeles { get; } =
        [.. ModelesComptes.Tous, .. FeatureModules.All.SelectMany(m => m.Courriels)];

    public static ModeleCourriel? Modele(string cle) => Modeles.FirstOrDefault(m => m.Cle == cle);

    /// <summary>The latest saved version for this call (null: for every call), or null when staff never saved one.</summary>
    public VersionModeleCourriel? Version(string cle, Guid? appelId) =>
        versions.Lire(cle, appelId, () => db.ModelesCourriels.AsNoTracking()
            .Where(x => x.Cle == cle && x.AppelId == appelId).OrderByDescending(x => x.Numero).FirstOrDefault());

    /// <summary>Once staff saved a version: the mails rendered from now on read the words from the database.</summary>
    public void OublierVersions() => versions.Oublier();

    /// <summary>The saved versions of the templates, kept in memory by the process: every sign-up renders its
    /// confirmation mail, and its database round trip was a good part of the sign-up's cost on an opening day. A
    /// save on this instance forgets them at once (<see cref="Oublier"/>); another instance's save is seen within
    /// <see cref="Duree"/>, which bounds how long a mail may still leave with the previous words.</summary>
    public sealed class VersionsEnMemoire
    {
        public static readonly TimeSpan Duree = TimeSpan.FromSeconds(30);
        private readonly Dictionary<(string, Guid?), (VersionModeleCourriel? Version, long Jusqua)> _versions = [];
        private readonly Lock _verrou = new();
        private long _oublis;

        public VersionModeleCourriel? Lire(string cle, Guid? appelId, Func<VersionModeleCourriel?> charger)
        {
            long oublis;
            lock (_verrou)
            {
                if (_versions.TryGetValue((cle, appelId), out var e) && e.Jusqua > Environment.TickCount64) return e.Version;
                oublis = _oublis;
            }
            var v = charger();
            lock (_verrou)
            {
                // A save while this one was reading: what was read may be the previous version, so it is not kept.
                if (_oublis == oublis) _versions[(cle, appelId)] = (v, Environment.TickCount64 + (long)Duree.TotalMilliseconds);
            }
            return v;
        }

        /// <summary>After a template is saved: the next mail reads its words from the database.</summary>
        public void Oublier()
        {
            lock (_verrou)
            {
                _oublis++;
                _versions.Clear();
            }
        }
    }

    /// <summary>The text a mail is sent with now.</summary>
    public TexteCourriel Courant(ModeleCourriel modele, Guid? appelId = null) =>
        (modele.ParAppel && appelId is not null ? Version(modele.Cle, appelId) : null)?.Texte
        ?? Version(modele.Cle, null)?.Texte ?? modele.Defaut;

    /// <summary>The mail <paramref name="modele"/> with the current text, its placeholders filled with
    /// <paramref name="valeurs"/>, tied to the record it is about.</summary>
    public MailContent Rendre(ModeleCourriel modele, IReadOnlyDictionary<string, string?> valeurs, Guid? appelId = null,
        string? objetType = null, Guid? objetId = null, (string Libelle, string Url)? desinscription = null) =>
        Rendre(Courant(modele, appelId), valeurs, desinscription) with { ObjetType = objetType, ObjetId = objetId };

    /// <summary>Renders a text (a saved one, or the draft a preview shows). A line left empty once filled is dropped,
    /// so that a variable given only sometimes (a reason, a deadline) leaves no blank paragraph.</summary>
    public MailContent Rendre(TexteCourriel texte, IReadOnlyDictionary<string, string?> valeurs, (string Libelle, string Url)? desinscription = null)
    {
        string R(string? t) => Gabarit.Remplir(t ?? "", valeurs).Trim();
        var lien = valeurs.GetValueOrDefault("lien");
        var bouton = R(texte.Bouton);
        var note = R(texte.Note);
        return Composer(R(texte.Sujet).ReplaceLineEndings(" "), new MailBody(R(texte.Titre),
            R(texte.Corps).ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList(),
            bouton.Length > 0 && !string.IsNullOrEmpty(lien) ? (bouton, lien) : null,
            note.Length > 0 ? note : null, desinscription));
    }

    public MailContent ConfirmationCompte(string nom, string url) =>
        Rendre(ModelesComptes.Confirmation, new Dictionary<string, string?> { ["nom"] = nom, ["lien"] = url });

    public MailContent ReinitialisationMotDePasse(string url) =>
        Rendre(ModelesComptes.Reinitialisation, new Dictionary<string, string?> { ["lien"] = url });

    /// <summary>A mail whose only variable is its link.</summary>
    public MailContent Rendre(ModeleCourriel modele, string lien) =>
        Rendre(modele, new Dictionary<string, string?> { ["lien"] = lien });

    public MailContent Invitation(string role, string url, DateTime expireLe) =>
        Rendre(ModelesComptes.Invitation, new Dictionary<string, string?> { ["role"] = role, ["lien"] = url, ["expiration"] = Fr.Date(expireLe) });

    public MailContent Composer(string sujet, MailBody body)
    {
        var e = (string s) => WebUtility.HtmlEncode(s);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>").Append(e(sujet)).Append("</title></head>");
        html.Append("<body style=\"margin:0;padding:0;background:#f6f6f6;font-family:Marianne,Arial,sans-serif;color:#161616\">");
        html.Append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\">");
        html.Append("<table role=\"presentation\" width=\"600\" cellpadding=\"24\" cellspacing=\"0\" style=\"background:#ffffff;max-width:600px\">");
        html.Append("<tr><td style=\"border-bottom:4px solid #000091\"><strong style=\"font-size:14px;text-transform:uppercase;line-height:1.1\">République<br>française</strong>");
        html.Append("<p style=\"margin:8px 0 0;font-size:18px;font-weight:bold;color:#000091\">Entrepreneurs d'intérêt général</p></td></tr><tr><td>");
        html.Append("<h1 style=\"font-size:22px;margin:0 0 16px\">").Append(e(body.Titre)).Append("</h1>");
        foreach (var p in body.Paragraphes)
            html.Append("<p style=\"font-size:16px;line-height:1.5;margin:0 0 16px\">").Append(e(p)).Append("</p>");
        if (body.Action is { } a)
            html.Append("<p style=\"margin:24px 0\"><a href=\"").Append(e(a.Url)).Append("\" style=\"background:#000091;color:#ffffff;padding:12px 20px;text-decoration:none;display:inline-block\">")
                .Append(e(a.Libelle)).Append("</a></p><p style=\"font-size:13px;color:#3a3a3a\">Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur : ")
                .Append(e(a.Url)).Append("</p>");
        if (body.Note is { } n)
            html.Append("<p style=\"font-size:14px;color:#3a3a3a;margin-top:24px\">").Append(e(n)).Append("</p>");
        html.Append("</td></tr><tr><td style=\"font-size:12px;color:#666666;border-top:1px solid #dddddd\">");
        html.Append("Programme Entrepreneurs d'intérêt général — Direction interministérielle du numérique (DINUM).");
        if (body.Desinscription is { } d)
            html.Append(" <a href=\"").Append(e(d.Url)).Append("\" style=\"color:#000091\">").Append(e(d.Libelle)).Append("</a>");
        html.Append("</td></tr></table></td></tr></table></body></html>");

        var text = new StringBuilder();
        text.AppendLine("Entrepreneurs d'intérêt général").AppendLine().AppendLine(body.Titre).AppendLine();
        foreach (var p in body.Paragraphes) text.AppendLine(p).AppendLine();
        if (body.Action is { } a2) text.AppendLine($"{a2.Libelle} : {a2.Url}").AppendLine();
        if (body.Note is { } n2) text.AppendLine(n2).AppendLine();
        text.AppendLine("--").AppendLine("Programme Entrepreneurs d'intérêt général — DINUM");
        if (body.Desinscription is { } d2) text.AppendLine($"{d2.Libelle} : {d2.Url}");
        return new MailContent(sujet, html.ToString(), text.ToString());
    }
}

/// <summary>The mails of accounts, which belong to no feature.</summary>
public static class ModelesComptes
{
    public static readonly ModeleCourriel Confirmation = new()
    {
        Cle = "compte.confirmation", Nom = "Confirmation de l'adresse", Envoi = "à la personne qui crée son compte", Objet = ObjetModele.Compte,
        Autres = [new("nom", "le nom de la personne", "Camille Martin")],
        Defaut = new("Confirmez votre adresse électronique", "Bienvenue {{nom}}",
            """
            Votre compte sur la plateforme Entrepreneurs d'intérêt général a bien été créé.
            Pour l'activer, confirmez votre adresse électronique. Ce lien est valable 24 heures.
            """, "Confirmer mon adresse",
            "Si vous n'êtes pas à l'origine de cette inscription, ignorez ce message : aucun compte ne sera activé."),
    };

    public static readonly ModeleCourriel Reinitialisation = new()
    {
        Cle = "compte.mot-de-passe", Nom = "Réinitialisation du mot de passe", Envoi = "à qui demande un nouveau mot de passe", Objet = ObjetModele.Compte,
        Defaut = new("Réinitialisation de votre mot de passe", "Choisir un nouveau mot de passe",
            """
            Une demande de réinitialisation du mot de passe de votre compte a été faite.
            Ce lien est valable 24 heures et ne sert qu'une fois.
            """, "Choisir un nouveau mot de passe",
            "Si vous n'avez rien demandé, ignorez ce message : votre mot de passe reste inchangé."),
    };

    public static readonly ModeleCourriel Invitation = new()
    {
        Cle = "compte.invitation", Nom = "Invitation sur la plateforme", Envoi = "à la personne que l'équipe invite (évaluation, jury, équipe)", Objet = ObjetModele.Compte,
        Autres = [new("role", "le rôle donné", "Évaluateur·rice"), new("expiration", "la date limite de l'invitation", "15 décembre 2026")],
        Defaut = new("Invitation à rejoindre la plateforme EIG", "Vous êtes invité·e",
            """
            L'équipe du programme Entrepreneurs d'intérêt général vous invite à rejoindre sa plateforme en tant que : {{role}}.
            Cette invitation est valable jusqu'au {{expiration}}.
            """, "Accepter l'invitation"),
    };

    public static readonly ModeleCourriel CompteExistant = new()
    {
        Cle = "compte.deja-inscrit", Nom = "Inscription avec une adresse qui a déjà un compte", Envoi = "à l'adresse avec laquelle quelqu'un tente de créer un second compte", Objet = ObjetModele.Compte,
        Defaut = new("Tentative d'inscription avec votre adresse", "Vous avez déjà un compte",
            "Quelqu'un, peut-être vous, a voulu créer un compte sur la plateforme Entrepreneurs d'intérêt général avec cette adresse, qui en a déjà un.",
            "Se connecter", "Mot de passe oublié ? Utilisez le lien « Mot de passe oublié » de la page de connexion."),
    };

    public static readonly ModeleCourriel LierProConnect = new()
    {
        Cle = "compte.proconnect", Nom = "Relier un compte à ProConnect", Envoi = "à la personne qui s'identifie avec ProConnect sous l'adresse d'un compte existant", Objet = ObjetModele.Compte,
        Defaut = new("Reliez votre compte EIG à ProConnect", "Relier votre compte à ProConnect",
            "Quelqu'un, vous sans doute, s'est identifié avec ProConnect sous cette adresse. Ouvrez ce lien pour relier ProConnect à votre compte EIG ; vous vous connecterez ensuite avec ProConnect.",
            "Relier mon compte à ProConnect", "Ce n'est pas vous ? Ignorez ce message : rien ne change."),
    };

    public static readonly ModeleCourriel CompteSupprime = new()
    {
        Cle = "compte.supprime", Nom = "Compte supprimé", Envoi = "à la personne qui supprime son compte (avec les fichiers .ics qui retirent de son agenda les rendez-vous annulés)", Objet = ObjetModele.Compte,
        Autres = [new("nom", "le nom de la personne", "Camille Martin"),
                  new("annulations", "ce que la suppression a annulé (vide s'il n'y avait rien de prévu)", "Ce qui était prévu est annulé : votre premier entretien du 8 décembre 2026 à 10h00. Le fichier joint le retire de votre agenda.")],
        Defaut = new("Votre compte EIG est supprimé", "Au revoir, {{nom}}",
            """
            Votre compte sur la plateforme Entrepreneurs d'intérêt général est supprimé, avec vos données personnelles. Ce que le programme doit conserver (décisions, dossiers, évaluations) ne porte plus vos coordonnées.
            {{annulations}}
            Vous ne recevrez plus de courriel de la plateforme.
            """, Note: "Vous n'êtes pas à l'origine de cette suppression ? Écrivez à l'équipe depuis la page contact du site."),
    };

    public static IReadOnlyList<ModeleCourriel> Tous => [Confirmation, Reinitialisation, Invitation, CompteExistant, LierProConnect, CompteSupprime];
}
