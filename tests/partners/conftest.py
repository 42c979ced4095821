import pytest

from tests.factories.partners import language, municipality


@pytest.fixture
def sesto(db):
    return municipality("Sesto Calende")


@pytest.fixture
def ispra(db):
    return municipality("Ispra")


@pytest.fixture
def angera(db):
    return municipality("Angera")


@pytest.fixture
def arabic(db):
    return language("ar", "arabo")


@pytest.fixture
def italian(db):
    return language("it", "italiano")
