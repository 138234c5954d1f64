"""The API generator: Mistral's OpenAPI documents in, typed models and thin services out."""
