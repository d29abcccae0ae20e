using Microsoft.Extensions.Configuration;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using StoryExhibit.Core.Settings;
using StoryExhibit.Web.Settings;

namespace StoryExhibit.Tests.Web.Settings;

/// <summary>The Data Protection key ring (which decrypts every stored key) encrypted at rest with a configured certificate.</summary>
public sealed class KeyRingProtectionTests
{
    private const string Secret = "sk-key-ring-at-rest-1";
    private static readonly IReadOnlySet<string> KeyIsSecret = new HashSet<string> { "Generation:Speech:ApiKey" };

    [Fact]
    public async Task With_a_certificate_the_key_files_hold_no_plain_master_key_and_the_secrets_read_back_after_a_restart()
    {
        var folder = Directory.CreateTempSubdirectory("storyexhibit-keyring-").FullName;
        var certificate = Path.Combine(folder, "keyring.pfx");
        await File.WriteAllBytesAsync(certificate, SelfSigned("keyring-password-1"));
        var settings = new Dictionary<string, string?>
        {
            ["DataProtection:CertificatePath"] = certificate, ["DataProtection:CertificatePassword"] = "keyring-password-1",
        };
        try
        {
            await using (var first = await SettingsHost.StartAsync(settings, folder))
            {
                await first.Store.SaveAsync(new Dictionary<string, string?> { ["Generation:Speech:ApiKey"] = Secret }, KeyIsSecret, "admin");
                Assert.Equal(Secret, first.Speech.CurrentValue.ApiKey);
            }

            var keyFiles = Directory.GetFiles(Path.Combine(folder, "keys"), "*.xml");
            Assert.NotEmpty(keyFiles);
            foreach (var file in keyFiles)
            {
                var xml = await File.ReadAllTextAsync(file);
                Assert.Contains("EncryptedData", xml);
                Assert.DoesNotContain("<value>", xml); // the plain master key would sit in <masterKey><value>
                Assert.DoesNotContain("unencrypted form", xml);
            }

            await using (var second = await SettingsHost.StartAsync(settings, folder))
                Assert.Equal(Secret, second.Speech.CurrentValue.ApiKey);

            // Without the certificate a copy of the folder decrypts nothing.
            await using var copy = await SettingsHost.StartAsync(folder: folder);
            Assert.NotEqual(Secret, copy.Speech.CurrentValue.ApiKey);
            Assert.Equal(["Generation:Speech:ApiKey"], Assert.Single(SettingsConfiguration.Providers(copy.Configuration)).UnreadableSecrets);
        }
        finally { SettingsHost.DeleteFolder(folder); }
    }

    [Fact]
    public async Task Without_a_certificate_the_key_files_are_plain_so_the_app_warns()
    {
        var folder = Directory.CreateTempSubdirectory("storyexhibit-keyring-").FullName;
        try
        {
            await using (var app = await SettingsHost.StartAsync(folder: folder))
                await app.Store.SaveAsync(new Dictionary<string, string?> { ["Generation:Speech:ApiKey"] = Secret }, KeyIsSecret, "admin");
            var xml = await File.ReadAllTextAsync(Assert.Single(Directory.GetFiles(Path.Combine(folder, "keys"), "*.xml")));
            Assert.Contains("unencrypted form", xml);
            Assert.Null(KeyRingProtection.LoadCertificate(new ConfigurationBuilder().Build()));
        }
        finally { SettingsHost.DeleteFolder(folder); }
    }

    [Fact]
    public void A_configured_certificate_that_cannot_be_used_stops_the_app_with_the_reason()
    {
        var missing = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["DataProtection:CertificatePath"] = "/nowhere/keyring.pfx" }).Build();
        Assert.Contains("does not exist", Assert.Throws<InvalidOperationException>(() => KeyRingProtection.LoadCertificate(missing)).Message);
        var unknown = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["DataProtection:CertificateThumbprint"] = new string('A', 40) }).Build();
        Assert.Contains("thumbprint", Assert.Throws<InvalidOperationException>(() => KeyRingProtection.LoadCertificate(unknown)).Message);
    }

    private static byte[] SelfSigned(string password)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=StoryExhibit key ring", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.DataEncipherment, critical: false));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(5));
        return certificate.Export(X509ContentType.Pfx, password);
    }
}
