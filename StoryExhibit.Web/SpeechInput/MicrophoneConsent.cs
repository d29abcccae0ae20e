namespace StoryExhibit.Web.SpeechInput;

/// <summary>Whether this visitor's circuit was given the microphone on the consent screen (asked again on a new page load).</summary>
public sealed class MicrophoneConsent
{
    public bool Granted { get; set; }
}
