namespace BrandContent.Api.Studio;

/// <summary>The queue's and the editor's words (Studio/Resources/EditorText*.resx).</summary>
public sealed class EditorText() : StudioTextSource(nameof(EditorText));
