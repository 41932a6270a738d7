using System.Net;
using System.Text;
using Microsoft.Extensions.Options;

namespace Eig.Web.Infrastructure.Mail;

public sealed record MailContent(string Sujet, string Html, string Texte);

/// <summary>A mail body: paragraphs, an optional action link, an optional note. Text is encoded when rendered.</summary>
public sealed record MailBody(string Titre, IReadOnlyList<string> Paragraphes, (string Libelle, string Url)? Action = null,
    string? Note = null, (string Libelle, string Url)? Desinscription = null);

/// <summary>The service's mails, in French, with its look: one layout, one text version for each.</summary>
public sealed class MailTemplates(IOptions<MailOptions> options)
{
    public string Lien(string cheminEtRequete) => options.Value.BaseUrl.TrimEnd('/') + cheminEtRequete;

    public MailContent ConfirmationCompte(string nom, string url) => Composer("Confirmez votre adresse électronique",
        new MailBody($"Bienvenue {nom}",
            ["Votre compte sur la plateforme Entrepreneurs d'intérêt général a bien été créé.",
             "Pour l'activer, confirmez votre adresse électronique. Ce lien est valable 24 heures."],
            ("Confirmer mon adresse", url),
            "Si vous n'êtes pas à l'origine de cette inscription, ignorez ce message : aucun compte ne sera activé."));

    public MailContent ReinitialisationMotDePasse(string url) => Composer("Réinitialisation de votre mot de passe",
        new MailBody("Choisir un nouveau mot de passe",
            ["Une demande de réinitialisation du mot de passe de votre compte a été faite.",
             "Ce lien est valable 24 heures et ne sert qu'une fois."],
            ("Choisir un nouveau mot de passe", url),
            "Si vous n'avez rien demandé, ignorez ce message : votre mot de passe reste inchangé."));

    public MailContent Invitation(string role, string url, DateTime expireLe) => Composer("Invitation à rejoindre la plateforme EIG",
        new MailBody("Vous êtes invité·e",
            [$"L'équipe du programme Entrepreneurs d'intérêt général vous invite à rejoindre sa plateforme en tant que : {role}.",
             $"Cette invitation est valable jusqu'au {Fr.Date(expireLe)}."],
            ("Accepter l'invitation", url)));

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
