using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace StoryExhibit.Web.Settings;

/// <summary>
/// Protects the Data Protection key ring (the <c>keys</c> folder, which decrypts every stored API key) at rest with a
/// certificate from configuration: <c>DataProtection:CertificatePath</c> (a .pfx file, with
/// <c>DataProtection:CertificatePassword</c>) or <c>DataProtection:CertificateThumbprint</c> (the current user's or
/// the machine's "My" store). Without one the key files are plain XML and the app says so once at start.
/// </summary>
public static class KeyRingProtection
{
    public const string Section = "DataProtection";
    public const string Unprotected =
        "The Data Protection keys in {Folder} are stored unencrypted: a copy of the data folder decrypts every stored API key. " +
        "Set DataProtection:CertificatePath (a .pfx file) and DataProtection:CertificatePassword, or DataProtection:CertificateThumbprint, to encrypt them.";

    /// <summary>The configured certificate, or null when none is configured; a configured one that cannot be used stops the app with the reason.</summary>
    public static X509Certificate2? LoadCertificate(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var path = section["CertificatePath"];
        var thumbprint = section["CertificateThumbprint"];
        if (string.IsNullOrWhiteSpace(path) && string.IsNullOrWhiteSpace(thumbprint)) return null;

        X509Certificate2 certificate;
        if (!string.IsNullOrWhiteSpace(path))
        {
            if (!File.Exists(path)) throw new InvalidOperationException($"DataProtection:CertificatePath names a file that does not exist: {path}.");
            try { certificate = X509CertificateLoader.LoadPkcs12FromFile(path, section["CertificatePassword"], X509KeyStorageFlags.EphemeralKeySet); }
            catch (CryptographicException ex)
            {
                throw new InvalidOperationException($"DataProtection:CertificatePath could not be read (wrong DataProtection:CertificatePassword, or not a .pfx file): {ex.Message}", ex);
            }
        }
        else certificate = FromStore(thumbprint!.Replace(" ", "", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"No certificate with the thumbprint {thumbprint} (DataProtection:CertificateThumbprint) is in the current user's or the machine's personal store.");

        if (!certificate.HasPrivateKey)
            throw new InvalidOperationException("The Data Protection certificate has no private key: the key ring could be encrypted but never read again.");
        return certificate;
    }

    /// <summary>Encrypts new keys with the certificate and reads keys encrypted with it (also when it is not in a certificate store).</summary>
    public static IDataProtectionBuilder ProtectWith(this IDataProtectionBuilder builder, X509Certificate2? certificate) =>
        certificate is null ? builder : builder.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);

    private static X509Certificate2? FromStore(string thumbprint)
    {
        foreach (var location in new[] { StoreLocation.CurrentUser, StoreLocation.LocalMachine })
        {
            using var store = new X509Store(StoreName.My, location);
            try { store.Open(OpenFlags.ReadOnly | OpenFlags.OpenExistingOnly); }
            catch (CryptographicException) { continue; }
            var found = store.Certificates.Find(X509FindType.FindByThumbprint, thumbprint, validOnly: false);
            if (found.Count > 0) return found[0];
        }
        return null;
    }
}

/// <summary>Says once at start, as a warning, that the key ring is not encrypted at rest (when no certificate is configured).</summary>
internal sealed class KeyRingWarningAtStart(bool protectedAtRest, string folder, ILogger<KeyRingWarningAtStart> log) : IHostedService
{
    public Task StartAsync(CancellationToken ct)
    {
        if (!protectedAtRest) log.LogWarning(KeyRingProtection.Unprotected, folder);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
