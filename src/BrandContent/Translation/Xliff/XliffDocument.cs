namespace BrandContent.Translation.Xliff;

/// <summary>An exported XLIFF 2.0 file: a suggested file name, the XML text and how many units it holds.</summary>
public sealed record XliffDocument(string FileName, string Content, int UnitCount);
