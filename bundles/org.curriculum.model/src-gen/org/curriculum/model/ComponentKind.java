/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.curriculum.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Component Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.curriculum.model.CurriculumPackage#getComponentKind()
 * @model
 * @generated
 */
public enum ComponentKind implements Enumerator {
	/**
	 * The '<em><b>Knowledge Module</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KNOWLEDGE_MODULE_VALUE
	 * @generated
	 * @ordered
	 */
	KNOWLEDGE_MODULE(0, "knowledgeModule", "KM"),

	/**
	 * The '<em><b>Practical Skills Module</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRACTICAL_SKILLS_MODULE_VALUE
	 * @generated
	 * @ordered
	 */
	PRACTICAL_SKILLS_MODULE(1, "practicalSkillsModule", "PM"),

	/**
	 * The '<em><b>Work Experience Module</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WORK_EXPERIENCE_MODULE_VALUE
	 * @generated
	 * @ordered
	 */
	WORK_EXPERIENCE_MODULE(2, "workExperienceModule", "WM"),

	/**
	 * The '<em><b>Unit</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNIT_VALUE
	 * @generated
	 * @ordered
	 */
	UNIT(3, "unit", "unit"),

	/**
	 * The '<em><b>Unit Of Competency</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNIT_OF_COMPETENCY_VALUE
	 * @generated
	 * @ordered
	 */
	UNIT_OF_COMPETENCY(4, "unitOfCompetency", "unit of competency");

	/**
	 * The '<em><b>Knowledge Module</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KNOWLEDGE_MODULE
	 * @model name="knowledgeModule" literal="KM"
	 * @generated
	 * @ordered
	 */
	public static final int KNOWLEDGE_MODULE_VALUE = 0;

	/**
	 * The '<em><b>Practical Skills Module</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRACTICAL_SKILLS_MODULE
	 * @model name="practicalSkillsModule" literal="PM"
	 * @generated
	 * @ordered
	 */
	public static final int PRACTICAL_SKILLS_MODULE_VALUE = 1;

	/**
	 * The '<em><b>Work Experience Module</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WORK_EXPERIENCE_MODULE
	 * @model name="workExperienceModule" literal="WM"
	 * @generated
	 * @ordered
	 */
	public static final int WORK_EXPERIENCE_MODULE_VALUE = 2;

	/**
	 * The '<em><b>Unit</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNIT
	 * @model name="unit"
	 * @generated
	 * @ordered
	 */
	public static final int UNIT_VALUE = 3;

	/**
	 * The '<em><b>Unit Of Competency</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNIT_OF_COMPETENCY
	 * @model name="unitOfCompetency" literal="unit of competency"
	 * @generated
	 * @ordered
	 */
	public static final int UNIT_OF_COMPETENCY_VALUE = 4;

	/**
	 * An array of all the '<em><b>Component Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ComponentKind[] VALUES_ARRAY =
		new ComponentKind[] {
			KNOWLEDGE_MODULE,
			PRACTICAL_SKILLS_MODULE,
			WORK_EXPERIENCE_MODULE,
			UNIT,
			UNIT_OF_COMPETENCY,
		};

	/**
	 * A public read-only list of all the '<em><b>Component Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ComponentKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Component Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ComponentKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ComponentKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Component Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ComponentKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ComponentKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Component Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ComponentKind get(int value) {
		switch (value) {
			case KNOWLEDGE_MODULE_VALUE: return KNOWLEDGE_MODULE;
			case PRACTICAL_SKILLS_MODULE_VALUE: return PRACTICAL_SKILLS_MODULE;
			case WORK_EXPERIENCE_MODULE_VALUE: return WORK_EXPERIENCE_MODULE;
			case UNIT_VALUE: return UNIT;
			case UNIT_OF_COMPETENCY_VALUE: return UNIT_OF_COMPETENCY;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private ComponentKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //ComponentKind
