namespace Eig.Web.Infrastructure.Security;

/// <summary>A data-protection key ring entry, kept in the database so that every instance shares logins.</summary>
public class DataProtectionKey
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string FriendlyName { get; set; } = "";
    public string Xml { get; set; } = "";
}
