using Microsoft.AspNetCore.DataProtection;
using StoryExhibit.Core.Settings;

namespace StoryExhibit.Web.Settings;

/// <summary>Secret settings encrypted with ASP.NET Core Data Protection (keys in the <c>keys</c> folder next to the database).</summary>
public sealed class DataProtectionSecretProtector(IDataProtectionProvider provider) : ISecretProtector
{
    public const string Purpose = "StoryExhibit.Settings.Secrets.v1";

    private readonly IDataProtector _protector = provider.CreateProtector(Purpose);

    public string Protect(string plaintext) => _protector.Protect(plaintext);

    public string Unprotect(string protectedText) => _protector.Unprotect(protectedText);
}
