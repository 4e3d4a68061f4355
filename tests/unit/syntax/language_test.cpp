// Tests that files get their language from the extension, then from a "#!" line.
#include "editor/syntax/language.hpp"

#include <gtest/gtest.h>

namespace trio::syntax {
namespace {

using protocol::Language;

TEST(DetectLanguage, KnowsTheExtensionsOfEachLanguage) {
    for (const char* name : {"a.c", "a.h", "a.cc", "a.cpp", "a.cxx", "a.hpp", "a.hh"}) {
        EXPECT_EQ(detect_language(name, ""), Language::C) << name;
    }
    EXPECT_EQ(detect_language("tool.py", ""), Language::Python);
    EXPECT_EQ(detect_language("README.md", ""), Language::Markdown);
    EXPECT_EQ(detect_language("notes.markdown", ""), Language::Markdown);
    EXPECT_EQ(detect_language("build.sh", ""), Language::Shell);
    EXPECT_EQ(detect_language("env.bash", ""), Language::Shell);
    EXPECT_EQ(detect_language("notes.txt", ""), Language::None);
    EXPECT_EQ(detect_language("", ""), Language::None);
}

TEST(DetectLanguage, IgnoresCaseAndDirectoriesButNotADotFileName) {
    EXPECT_EQ(detect_language("/src/MAIN.CPP", ""), Language::C);
    EXPECT_EQ(detect_language("dir.py/readme", ""), Language::None);
    EXPECT_EQ(detect_language("/home/me/.bashrc", ""), Language::None);
    EXPECT_EQ(detect_language("archive.tar.md", ""), Language::Markdown);
}

TEST(DetectLanguage, FallsBackOnTheInterpreterOfAHashBangLine) {
    EXPECT_EQ(detect_language("run", "#!/bin/sh"), Language::Shell);
    EXPECT_EQ(detect_language("run", "#! /bin/bash -e"), Language::Shell);
    EXPECT_EQ(detect_language("run", "#!/usr/bin/env zsh"), Language::Shell);
    EXPECT_EQ(detect_language("run", "#!/bin/dash\r"), Language::Shell);
    EXPECT_EQ(detect_language("run", "#!/usr/bin/python3"), Language::Python);
    EXPECT_EQ(detect_language("run", "#!/usr/bin/env -S python3 -u"), Language::Python);
    EXPECT_EQ(detect_language("run", "#!/usr/bin/perl"), Language::None);
    EXPECT_EQ(detect_language("run", "# /bin/sh"), Language::None);
    EXPECT_EQ(detect_language("run", "#!"), Language::None);
}

TEST(DetectLanguage, PrefersTheExtensionToTheHashBangLine) {
    EXPECT_EQ(detect_language("script.py", "#!/bin/sh"), Language::Python);
    EXPECT_EQ(detect_language("script.txt", "#!/bin/sh"), Language::Shell);
}

} // namespace
} // namespace trio::syntax
