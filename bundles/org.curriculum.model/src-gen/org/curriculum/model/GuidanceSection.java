/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.curriculum.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Guidance Section</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.curriculum.model.GuidanceSection#getKind <em>Kind</em>}</li>
 *   <li>{@link org.curriculum.model.GuidanceSection#getHeading <em>Heading</em>}</li>
 *   <li>{@link org.curriculum.model.GuidanceSection#getText <em>Text</em>}</li>
 *   <li>{@link org.curriculum.model.GuidanceSection#getPoints <em>Points</em>}</li>
 * </ul>
 *
 * @see org.curriculum.model.CurriculumPackage#getGuidanceSection()
 * @model
 * @generated
 */
public interface GuidanceSection extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.curriculum.model.GuidanceSectionKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.curriculum.model.GuidanceSectionKind
	 * @see #setKind(GuidanceSectionKind)
	 * @see org.curriculum.model.CurriculumPackage#getGuidanceSection_Kind()
	 * @model
	 * @generated
	 */
	GuidanceSectionKind getKind();

	/**
	 * Sets the value of the '{@link org.curriculum.model.GuidanceSection#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.curriculum.model.GuidanceSectionKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(GuidanceSectionKind value);

	/**
	 * Returns the value of the '<em><b>Heading</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Heading</em>' attribute.
	 * @see #setHeading(String)
	 * @see org.curriculum.model.CurriculumPackage#getGuidanceSection_Heading()
	 * @model
	 * @generated
	 */
	String getHeading();

	/**
	 * Sets the value of the '{@link org.curriculum.model.GuidanceSection#getHeading <em>Heading</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Heading</em>' attribute.
	 * @see #getHeading()
	 * @generated
	 */
	void setHeading(String value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.curriculum.model.CurriculumPackage#getGuidanceSection_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.curriculum.model.GuidanceSection#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Points</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Points</em>' attribute list.
	 * @see org.curriculum.model.CurriculumPackage#getGuidanceSection_Points()
	 * @model
	 * @generated
	 */
	EList<String> getPoints();

} // GuidanceSection
