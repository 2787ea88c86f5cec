#!/usr/bin/env python3
"""Writes strict JSON schemas (draft-07, one file per kind, every definition inlined, unknown fields refused) for the
Kubernetes kinds Kiln generates, from the type declarations of the npm packages kubernetes-models and
@kubernetes-models/apimachinery (generated from the Kubernetes OpenAPI specification).

  cd /tmp && npm pack kubernetes-models@5.1.0 @kubernetes-models/apimachinery@3.0.2
  mkdir km am && tar xzf kubernetes-models-5.1.0.tgz -C km && tar xzf kubernetes-models-apimachinery-3.0.2.tgz -C am
  python3 kubernetes_schemas.py km/package am/package ../resources/kubernetes-schemas
"""
import json
import os
import re
import sys

KINDS = [("v1", "Namespace"), ("v1", "ResourceQuota"), ("v1", "LimitRange"), ("v1", "PersistentVolume"),
         ("v1", "PersistentVolumeClaim"), ("v1", "Pod"), ("v1", "Service"), ("v1", "Secret"), ("v1", "ConfigMap"),
         ("networking.k8s.io/v1", "NetworkPolicy"), ("networking.k8s.io/v1", "Ingress"), ("batch/v1", "Job"),
         ("apps/v1", "Deployment")]


def declarations(roots):
    """Canonical type name (IIoK8s...) -> the text of its declaration (an interface body or a type alias)."""
    found = {}
    for root in roots:
        for folder, _, files in os.walk(root):
            if "_schemas" in folder or "node_modules" in folder:
                continue
            for name in files:
                if not name.endswith(".d.ts") or name == "index.d.ts":
                    continue
                text = re.sub(r"/\*.*?\*/", "", open(os.path.join(folder, name)).read(), flags=re.S)
                for local, canonical in re.findall(r"(I\w+) as (IIoK8s\w+)", text):
                    body = re.search(r"export interface " + local + r"\b[^{]*\{(.*?)\n\}", text, re.S)
                    alias = re.search(r"export type " + local + r" = (.*?);\n", text, re.S)
                    found[canonical] = ("interface", body.group(1)) if body else ("alias", alias.group(1))
    return found


class TypeParser:
    def __init__(self, text):
        self.tokens = re.findall(r'"[^"]*"|\w+|\[|\]|[<>{}|:;]', text)
        self.at = 0

    def peek(self):
        return self.tokens[self.at] if self.at < len(self.tokens) else None

    def take(self, expected=None):
        token = self.tokens[self.at]
        if expected is not None and token != expected:
            raise ValueError("expected %s, found %s in %s" % (expected, token, self.tokens))
        self.at += 1
        return token

    def union(self):
        options = [self.primary()]
        while self.peek() == "|":
            self.take()
            options.append(self.primary())
        if all("const" in o for o in options):
            return {"type": "string", "enum": [o["const"] for o in options]}
        return options[0] if len(options) == 1 else {"anyOf": options}

    def primary(self):
        token = self.take()
        if token.startswith('"'):
            return {"const": token[1:-1]}
        if token in ("string", "number", "boolean"):
            return {"type": token}
        if token in ("any", "unknown", "object"):
            return {}
        if token == "Array":
            self.take("<")
            items = self.union()
            self.take(">")
            return {"type": "array", "items": items}
        if token == "{":
            self.take("[")
            self.take("key")
            self.take(":")
            self.take("string")
            self.take("]")
            self.take(":")
            values = self.union()
            if self.peek() == ";":
                self.take()
            self.take("}")
            return {"type": "object", "additionalProperties": values}
        return {"$ref": "#/definitions/" + token}


def definition(kind, text):
    if kind == "alias":
        return TypeParser(text).union()
    properties, required = {}, []
    for name, optional, type_text in re.findall(r'^\s{4}"(\w+)"(\??): (.*?);\n(?=\s{4}"|\s*$)', text + "\n",
                                                re.S | re.M):
        properties[name] = TypeParser(type_text).union()
        if not optional:
            required.append(name)
    schema = {"type": "object", "properties": properties, "additionalProperties": False}
    if required:
        schema["required"] = required
    return schema


def reachable(name, found, into):
    if name in into:
        return
    into[name] = definition(*found[name])
    for ref in re.findall(r'"#/definitions/(\w+)"', json.dumps(into[name])):
        reachable(ref, found, into)


def main(models, apimachinery, out):
    found = declarations([models, apimachinery])
    os.makedirs(out, exist_ok=True)
    for api_version, kind in KINDS:
        group, version = api_version.split("/") if "/" in api_version else ("core", api_version)
        canonical = "IIoK8sApi" + group.split(".")[0].capitalize() + version.capitalize() + kind
        definitions = {}
        reachable(canonical, found, definitions)
        schema = {"$schema": "http://json-schema.org/draft-07/schema#",
                  "description": "%s %s, strict: from the npm package kubernetes-models (see kubernetes_schemas.py)"
                                 % (api_version, kind),
                  "$ref": "#/definitions/" + canonical, "definitions": dict(sorted(definitions.items()))}
        file = "%s-%s.json" % (kind.lower(), api_version.replace(".k8s.io", "").replace("/", "-"))
        with open(os.path.join(out, file), "w") as f:
            json.dump(schema, f, indent=1, sort_keys=False)
            f.write("\n")
        print(file, len(definitions))


if __name__ == "__main__":
    main(*sys.argv[1:4])
