using Microsoft.AspNetCore.Components;

namespace StoryExhibit.Web.Components.TextInput;

/// <summary>
/// A text box whose value is longer than its maxlength (set by a script or a paste that got round it). The browser keeps
/// the text and sends only its length (wwwroot/input-guard.js), so a huge value never reaches, or drops, the circuit.
/// </summary>
public sealed class OversizeTextEventArgs : EventArgs
{
    /// <summary>The id of the box.</summary>
    public string FieldId { get; set; } = "";
    /// <summary>How many characters (UTF-16 units, as maxlength counts them) the box holds.</summary>
    public int Length { get; set; }

    /// <summary>What the visitor reads at the box; the text stays there to be shortened.</summary>
    public string Message(int limit) =>
        $"That is too long to send ({Length:N0} characters). Please keep it under {limit:N0} characters: your text is still in the box.";
}

/// <summary>Lets components write <c>@onoversizetext</c>; it bubbles, so a form hears it for all its boxes.</summary>
[EventHandler("onoversizetext", typeof(OversizeTextEventArgs), enableStopPropagation: true, enablePreventDefault: true)]
public static class EventHandlers;
