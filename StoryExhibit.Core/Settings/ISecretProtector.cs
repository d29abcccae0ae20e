namespace StoryExhibit.Core.Settings;

/// <summary>Encrypts secret setting values (API keys) before they are stored, and decrypts them when read.</summary>
public interface ISecretProtector
{
    string Protect(string plaintext);

    /// <summary>The plaintext; throws (e.g. <see cref="System.Security.Cryptography.CryptographicException"/>) when the value cannot be decrypted.</summary>
    string Unprotect(string protectedText);
}
