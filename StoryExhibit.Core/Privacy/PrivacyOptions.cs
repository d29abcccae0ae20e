namespace StoryExhibit.Core.Privacy;

/// <summary>How long visitors' data is kept and which policy they consent to (<c>Privacy</c> in appsettings.json).</summary>
public sealed class PrivacyOptions
{
    public const string Section = "Privacy";
    public const int MaxRetentionDays = 3650;
    /// <summary>As long as the consent records' column allows.</summary>
    public const int MaxPolicyVersionLength = 20;

    /// <summary>Stories, pictures, narration, feedback and events older than this are deleted automatically.</summary>
    public int RetentionDays { get; set; } = 30;
    /// <summary>Stored with every consent; change it when the policy text changes.</summary>
    public string PolicyVersion { get; set; } = "2026-11";
}
